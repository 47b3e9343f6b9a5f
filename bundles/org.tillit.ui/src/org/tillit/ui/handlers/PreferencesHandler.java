package org.tillit.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.preferences.TillitPreferences;
import org.tillit.ui.preferences.UiLanguage;
import org.tillit.ui.projects.ProjectRestart;

/** Edit &gt; Preferences…: Tillit's settings; a new language is offered a restart. */
public final class PreferencesHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench, ProjectStore store) {
        if (TillitPreferences.open(shell, store) && !UiLanguage.chosen().isShown()
                && MessageDialog.openQuestion(shell, Messages.Preferences_restartTitle, Messages.Preferences_restartQuestion)) {
            // Every change is already committed: nothing to save before the restart, which opens this project again.
            Path folder = store.location().folder().orElse(null);
            try {
                if (folder != null) {
                    ProjectRestart.remember(folder);
                }
            } catch (IOException e) {
                FailureLog.warning(PreferencesHandler.class, NLS.bind(Messages.Projects_restartFailed, folder, e.getMessage()), e);
            }
            workbench.restart();
        }
    }
}
