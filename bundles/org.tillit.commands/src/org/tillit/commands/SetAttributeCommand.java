package org.tillit.commands;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Sets (or with null or blank, clears) an attribute value on a document or a case. The value is
 * checked and stored in its one form ("34,5" as 34.5, "ja" as true) before the command exists.
 */
public final class SetAttributeCommand extends UndoableProjectCommand {

    private final EObject owner;
    private final AttributeDefinition definition;
    private final String oldValue;
    private final String newValue;

    /**
     * @throws org.tillit.model.attributes.ValueProblem when the value does not fit the attribute,
     *         with the reason for the user (nothing is changed)
     */
    public SetAttributeCommand(ProjectStore store, EObject owner, AttributeDefinition definition, String value) {
        super(store, label(definition, storedForm(definition, value)));
        this.owner = owner;
        this.definition = definition;
        this.oldValue = store.attribute(owner, definition).orElse(null);
        this.newValue = storedForm(definition, value);
    }

    private static String storedForm(AttributeDefinition definition, String value) {
        return value == null || value.isBlank() ? null : AttributeValues.checked(definition, value);
    }

    private static String label(AttributeDefinition definition, String value) {
        return value == null ? "Clear " + definition.getNameSv()
                : "Set " + definition.getNameSv() + " to '" + value + "'";
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.setAttribute(owner, definition, newValue);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.setAttribute(owner, definition, oldValue);
    }
}
