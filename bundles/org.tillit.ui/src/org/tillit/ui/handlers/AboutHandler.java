package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.tillit.store.ProjectStore;

/** Help &gt; About Tillit: version, the open project and where it lives. */
public final class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        MessageDialog.openInformation(shell, "About Tillit", "Tillit " + version + "\n"
                + "A workbench for qualitative research: code interview transcripts, compare groups, "
                + "export quotes.\n\n"
                + "Project: " + store.project().getName() + "\n"
                + "Folder: " + store.location() + "\n"
                + "Documents: " + store.documents().size() + "\n"
                + "Project schema version: " + store.schemaVersion() + "\n\n"
                + "Java " + System.getProperty("java.version") + " · Eclipse RCP · Apache Tika · H2");
    }
}
