package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.ReplaceAllCommand;
import org.tillit.store.ProjectStore;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.editing.ReplaceAllDialog;
import org.tillit.ui.l10n.Messages;

/** Edit &gt; Replace in All Documents…: one undoable step that says how many places changed. */
public final class ReplaceAllHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store, CommandRunner commands) {
        ReplaceAllDialog dialog = new ReplaceAllDialog(shell);
        if (dialog.open() != Window.OK) {
            return;
        }
        ReplaceAllDialog.Request asked = dialog.request();
        ReplaceAllCommand replace = new ReplaceAllCommand(store, asked.find(), asked.replacement(), asked.wholeWord(),
                asked.ignoreCase());
        if (commands.run(replace)) {
            String removed = replace.removedCodings().isEmpty() ? ""
                    : NLS.bind(Messages.ReplaceAll_removedCodings, replace.removedCodings().size());
            MessageDialog.openInformation(shell, Messages.ReplaceAll_window,
                    NLS.bind(Messages.ReplaceAll_done, new Object[] { replace.count(), asked.find(), asked.replacement() })
                            + removed);
        }
    }
}
