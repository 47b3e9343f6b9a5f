package org.tillit.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.tillit.ui.commands.CommandRunner;

/** Edit &gt; Undo (Ctrl+Z): takes back the last change to the project. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(CommandRunner commands) {
        return commands.stack().canUndo();
    }

    @Execute
    public void execute(CommandRunner commands) {
        commands.undo();
    }
}
