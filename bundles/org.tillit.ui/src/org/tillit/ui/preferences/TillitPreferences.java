package org.tillit.ui.preferences;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.tillit.store.ProjectStore;
import org.tillit.ui.comparison.ComparisonPreferencePage;
import org.tillit.ui.l10n.Messages;

/** The Preferences dialog: a JFace PreferenceDialog with Tillit's pages (e4 has no preference pages of its own). */
public final class TillitPreferences {

    public static final String GENERAL_PAGE = "org.tillit.ui.preferences.general";
    public static final String COMPARISON_PAGE = "org.tillit.ui.preferences.comparison";

    private TillitPreferences() {
    }

    /** Opens the dialog; @return whether the user-interface language was changed. */
    public static boolean open(Shell shell, ProjectStore store) {
        GeneralPreferencePage general = new GeneralPreferencePage(store);
        PreferenceManager pages = new PreferenceManager();
        pages.addToRoot(new PreferenceNode(GENERAL_PAGE, general));
        pages.addToRoot(new PreferenceNode(COMPARISON_PAGE, new ComparisonPreferencePage()));
        PreferenceDialog dialog = new PreferenceDialog(shell, pages) {
            @Override
            protected void configureShell(Shell newShell) {
                super.configureShell(newShell);
                newShell.setText(Messages.Preferences_window);
            }
        };
        dialog.setSelectedNode(GENERAL_PAGE); // JFace would reopen the page shown last
        return dialog.open() == Window.OK && general.languageChanged();
    }
}
