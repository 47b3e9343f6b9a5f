package org.tillit.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.tillit.ui.commands.CommandRunner;

/** Edit &gt; Redo (Ctrl+Shift+Z, Ctrl+Y): makes the last undone change again. */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute(CommandRunner commands) {
        return commands.stack().canRedo();
    }

    @Execute
    public void execute(CommandRunner commands) {
        commands.redo();
    }
}
