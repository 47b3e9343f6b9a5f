package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.AttributeChanges;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Adds attribute definitions and sets many values as one step the user undoes at once, such as
 * the attributes read from a spreadsheet. The store applies each direction in one transaction.
 */
public final class ChangeAttributesCommand extends UndoableProjectCommand {

    private final AttributeChanges changes;
    private final AttributeChanges inverse;

    public ChangeAttributesCommand(ProjectStore store, String label, List<AttributeDefinition> newDefinitions,
            List<Assignment> assignments) {
        super(store, label);
        this.changes = new AttributeChanges(newDefinitions, assignments, List.of());
        this.inverse = new AttributeChanges(List.of(), previousValues(store, newDefinitions, assignments), newDefinitions);
    }

    /** Values of definitions that stay; those of new definitions leave with the definitions. */
    private static List<Assignment> previousValues(ProjectStore store, List<AttributeDefinition> newDefinitions,
            List<Assignment> assignments) {
        List<Assignment> previous = new ArrayList<>();
        for (Assignment a : assignments) {
            if (!newDefinitions.contains(a.definition())) {
                previous.add(new Assignment(a.owner(), a.definition(),
                        store.attribute(a.owner(), a.definition()).orElse(null)));
            }
        }
        return previous;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.changeAttributes(changes);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.changeAttributes(inverse);
    }
}
