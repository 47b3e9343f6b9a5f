package org.tillit.ui.commands;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.tillit.commands.CommandFailedException;
import org.tillit.commands.ImportDocumentsCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Document;
import org.tillit.model.log.FailureLog;
import org.tillit.ui.l10n.Messages;

/**
 * Runs model-changing commands for the workbench on the project's one command stack: a failure
 * is shown to the user (nothing was changed). The views hear what changed from the store itself
 * ({@link org.tillit.ui.StoreEvents}), after each commit.
 */
@Creatable
@Singleton
public final class CommandRunner {

    private final ProjectCommandStack stack;

    @Inject
    public CommandRunner(ProjectCommandStack stack) {
        this.stack = stack;
    }

    /** @return whether the command changed the project */
    public boolean run(Command command) {
        return guarded(Messages.Commands_changeFailed, () -> stack.execute(command));
    }

    public void undo() {
        if (stack.canUndo()) {
            guarded(Messages.Commands_undoFailed, stack::undo);
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            guarded(Messages.Commands_redoFailed, stack::redo);
        }
    }

    /** An import recorded at its start has ended with these documents. */
    public void importFinished(ImportDocumentsCommand command, List<Document> imported) {
        guarded(Messages.Commands_recordFailed, () -> stack.importFinished(command, imported));
    }

    /** Records work that already happened (an import) so it can be undone. */
    public void recordExecuted(ProjectCommandStack.AlreadyExecuted command) {
        guarded(Messages.Commands_recordFailed, () -> stack.pushExecuted(command));
    }

    public ProjectCommandStack stack() {
        return stack;
    }

    private boolean guarded(String title, Runnable action) {
        try {
            action.run();
            return true;
        } catch (CommandFailedException e) {
            FailureLog.error(CommandRunner.class, title, e);
            MessageDialog.openError(Display.getCurrent().getActiveShell(), title, e.getMessage());
            return false;
        }
    }
}
