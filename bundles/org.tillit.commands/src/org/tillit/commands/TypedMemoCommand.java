package org.tillit.commands;

import org.eclipse.emf.ecore.EObject;
import org.tillit.commands.ProjectCommandStack.AlreadyExecuted;
import org.tillit.commands.l10n.Messages;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * A memo typed in the memo editor, recorded when the user leaves it: the editor saved the text as
 * it was typed (nothing typed is lost), and this one step on the stack takes the memo back to what
 * it was when the editor opened, and redoes it to what it was when the editor closed.
 */
public final class TypedMemoCommand extends UndoableProjectCommand implements AlreadyExecuted {

    private final EObject owner;
    private final String before;
    private final String after;
    private boolean done;

    public TypedMemoCommand(ProjectStore store, EObject owner, String before, String after) {
        super(store, Messages.EditMemo);
        this.owner = owner;
        this.before = before;
        this.after = after;
    }

    @Override
    public void markDone() {
        done = true;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        if (!done) {
            throw new IllegalStateException("a typed memo is recorded after it was saved, through pushExecuted");
        }
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.saveMemo(owner, before);
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        store.saveMemo(owner, after);
    }
}
