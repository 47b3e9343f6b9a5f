package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.tillit.store.ProjectStore;
import org.tillit.ui.exchange.RefiExports;

/** File &gt; Export for Other Programs…: the project or its codebook as REFI-QDA 1.5. */
public final class ExportRefiHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProjectStore store) {
        RefiExports.open(shell, store);
    }
}
