package org.tillit.commands;

import org.eclipse.emf.ecore.EObject;
import org.tillit.commands.l10n.Messages;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Writes the memo of the project, a document, case, code or coding. */
public final class EditMemoCommand extends UndoableProjectCommand {

    private final EObject owner;
    private final String oldMemo;
    private final String newMemo;

    public EditMemoCommand(ProjectStore store, EObject owner, String memo) {
        super(store, Messages.EditMemo);
        this.owner = owner;
        this.oldMemo = (String) owner.eGet(owner.eClass().getEStructuralFeature("memo"));
        this.newMemo = memo;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.saveMemo(owner, newMemo);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.saveMemo(owner, oldMemo);
    }
}
