package org.tillit.commands;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Moves a code (with its sub-codes) under another parent or to another place among its siblings. */
public final class MoveCodeCommand extends UndoableProjectCommand {

    private final Code code;
    private final Code oldParent;
    private final int oldIndex;
    private final Code newParent;
    private final int newIndex;

    public MoveCodeCommand(ProjectStore store, Code code, Code newParent, int newIndex) {
        super(store, NLS.bind(Messages.MoveCode, name(store, code)));
        this.code = code;
        this.oldParent = code.getParent();
        this.oldIndex = CodeTree.indexOf(code);
        this.newParent = newParent;
        this.newIndex = newIndex;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.moveCode(code, newParent, newIndex);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.moveCode(code, oldParent, oldIndex);
    }
}
