package org.tillit.ui.commands;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.tillit.commands.CommandFailedException;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.store.ProjectStore;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.l10n.Messages;

/**
 * Runs model-changing commands for the workbench on the project's one command stack: a failure
 * is shown to the user (nothing was changed), and the views hear that the project changed.
 */
@Creatable
@Singleton
public final class CommandRunner {

    private final ProjectCommandStack stack;
    private final ProjectStore store;
    private final IEventBroker events;

    @Inject
    public CommandRunner(ProjectCommandStack stack, ProjectStore store, IEventBroker events) {
        this.stack = stack;
        this.store = store;
        this.events = events;
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
            MessageDialog.openError(Display.getCurrent().getActiveShell(), title, e.getMessage());
            return false;
        } finally {
            events.send(TillitEvents.PROJECT_CHANGED, store);
        }
    }
}
