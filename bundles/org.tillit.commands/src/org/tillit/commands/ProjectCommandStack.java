package org.tillit.commands;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Document;

/**
 * The project's one command stack, unlimited within a working session. Unlike EMF's basic stack,
 * which logs and swallows a failing command, it rethrows the failure so the user hears of it; and
 * a failed undo or redo leaves the stack as it was (EMF's flushes it), since the store has put the
 * project back as it was too: the user can try again.
 */
public final class ProjectCommandStack extends BasicCommandStack {

    private RuntimeException failure;

    @Override
    protected void handleError(Exception exception) {
        failure = exception instanceof RuntimeException runtime ? runtime
                : new CommandFailedException(exception.getMessage(), exception);
    }

    @Override
    public synchronized void execute(Command command) {
        super.execute(command);
        rethrow();
    }

    @Override
    public synchronized void undo() {
        if (!canUndo()) {
            return;
        }
        Command command = commandList.get(top);
        command.undo();
        top--;
        mostRecentCommand = command;
        notifyListeners();
    }

    @Override
    public synchronized void redo() {
        if (!canRedo()) {
            return;
        }
        Command command = commandList.get(top + 1);
        command.redo();
        top++;
        mostRecentCommand = command;
        notifyListeners();
    }

    /**
     * An import recorded at its start ({@link ImportDocumentsCommand#running}) has ended: the
     * command now holds what it brought in, or, if it brought in nothing, leaves the stack.
     */
    public synchronized void importFinished(ImportDocumentsCommand command, List<Document> imported) {
        command.finish(imported);
        int at = commandList.indexOf(command);
        if (command.isEmpty() && at >= 0) {
            commandList.remove(at);
            if (at <= top) {
                top--;
            }
            if (at <= saveIndex) {
                saveIndex--;
            }
        }
        notifyListeners();
    }

    /** Records a command whose work was already done (an import that ran in a background job). */
    public synchronized void pushExecuted(AlreadyExecuted command) {
        command.markDone();
        execute(command);
    }

    private void rethrow() {
        RuntimeException pending = failure;
        failure = null;
        if (pending != null) {
            throw pending;
        }
    }

    /** "Undo Apply code 'Stöd'", or null when there is nothing to undo. */
    public synchronized String undoLabel() {
        Command next = getUndoCommand();
        return next == null ? null : NLS.bind(Messages.Undo, next.getLabel());
    }

    public synchronized String redoLabel() {
        Command next = getRedoCommand();
        return next == null ? null : NLS.bind(Messages.Redo, next.getLabel());
    }

    /** A command that was carried out before it reached the stack. */
    public interface AlreadyExecuted extends Command {
        void markDone();
    }
}
