package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.importing.ImportDocumentsDialog;
import org.tillit.ui.importing.ImportLauncher;

/** File &gt; Import Documents…: choose files, then import them in the background. */
public final class ImportDocumentsHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ImportLauncher launcher) {
        ImportDocumentsDialog dialog = new ImportDocumentsDialog(shell);
        if (dialog.open() == Window.OK) {
            launcher.start(dialog.files());
        }
    }
}
