package org.tillit.commands;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Sets (or with null, clears) an attribute value on a document or a case. */
public final class SetAttributeCommand extends UndoableProjectCommand {

    private final EObject owner;
    private final AttributeDefinition definition;
    private final String oldValue;
    private final String newValue;

    public SetAttributeCommand(ProjectStore store, EObject owner, AttributeDefinition definition, String value) {
        super(store, value == null || value.isBlank() ? "Clear " + definition.getNameSv()
                : "Set " + definition.getNameSv() + " to '" + value.strip() + "'");
        this.owner = owner;
        this.definition = definition;
        this.oldValue = store.attribute(owner, definition).orElse(null);
        this.newValue = value;
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
