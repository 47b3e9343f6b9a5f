package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.projects.ProjectChoice;

/** File &gt; Open Project…: the folder of another project, then Tillit starts again with it. */
public final class OpenProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench, ProjectStoreFactory stores,
            ProjectStore open) {
        ProjectChoice.existingFolder(shell, stores, open).ifPresent(folder -> ProjectChoice.restartWith(shell, workbench,
                folder));
    }
}
