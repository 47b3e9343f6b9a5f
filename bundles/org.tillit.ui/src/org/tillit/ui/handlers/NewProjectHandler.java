package org.tillit.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.projects.ProjectChoice;

/** File &gt; New Project…: an empty or new folder, then Tillit starts again with a new project there. */
public final class NewProjectHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench) {
        ProjectChoice.newFolder(shell).ifPresent(folder -> ProjectChoice.restartWith(shell, workbench, folder));
    }
}
