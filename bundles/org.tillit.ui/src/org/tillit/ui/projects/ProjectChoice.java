package org.tillit.ui.projects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.l10n.Messages;

/**
 * File &gt; New Project… and Open Project…: a folder chosen and checked (a new project needs an
 * empty or new one; opening needs a project there that opens), then Tillit starts again on it once
 * the user agrees.
 */
public final class ProjectChoice {

    private ProjectChoice() {
    }

    /** An empty or new folder for a new project; empty when cancelled. */
    public static Optional<Path> newFolder(Shell shell) {
        ProjectFolderDialog dialog = new ProjectFolderDialog(shell, Messages.Projects_newTitle, Messages.Projects_newMessage,
                Messages.Projects_create, folder -> ProjectLocation.folder(folder).isFreeForNewProject() ? null
                        : NLS.bind(Messages.Projects_notEmpty, folder));
        return dialog.open() == Window.OK ? dialog.chosen() : Optional.empty();
    }

    /** The folder of another project; empty when cancelled. */
    public static Optional<Path> existingFolder(Shell shell, ProjectStoreFactory stores, ProjectStore open) {
        ProjectFolderDialog dialog = new ProjectFolderDialog(shell, Messages.Projects_openTitle, Messages.Projects_openMessage,
                Messages.Projects_open, folder -> problemOpening(stores, open, folder));
        return dialog.open() == Window.OK ? dialog.chosen() : Optional.empty();
    }

    /** Why the folder cannot be opened as another project; null when it can. */
    private static String problemOpening(ProjectStoreFactory stores, ProjectStore open, Path folder) {
        ProjectLocation location = ProjectLocation.folder(folder);
        if (location.equals(open.location())) {
            return NLS.bind(Messages.Projects_alreadyOpen, folder);
        }
        try (ProjectStore there = stores.openReadOnly(location)) {
            return null; // a project that opens: the restart opens it for writing
        } catch (ProjectStoreException e) {
            return NLS.bind(Messages.Projects_noProject, folder, e.getMessage());
        }
    }

    /** Asks, then starts Tillit again on the folder; false when the user said no or it could not be done. */
    public static boolean restartWith(Shell shell, IWorkbench workbench, Path folder) {
        return MessageDialog.openQuestion(shell, Messages.Projects_restartTitle, NLS.bind(Messages.Projects_restartQuestion,
                folder)) && restartNow(shell, workbench, folder);
    }

    /** Starts Tillit again on the folder; false (the user told why) when it could not be done. */
    public static boolean restartNow(Shell shell, IWorkbench workbench, Path folder) {
        try {
            ProjectRestart.restartWith(workbench, folder);
            return true;
        } catch (IOException e) {
            String why = NLS.bind(Messages.Projects_restartFailed, folder, e.getMessage());
            FailureLog.error(ProjectChoice.class, why, e);
            MessageDialog.openError(shell, Messages.Projects_restartTitle, why);
            return false;
        }
    }
}
