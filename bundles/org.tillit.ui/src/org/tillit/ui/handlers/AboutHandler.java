package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;

/** Help &gt; About Tillit: version, the open project and where it lives. */
public final class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        MessageDialog.openInformation(shell, Messages.About_title, NLS.bind(Messages.About_text, new Object[] { version,
                store.project().getName(), store.location(), store.documents().size(), store.schemaVersion(),
                System.getProperty("java.version") }));
    }
}
