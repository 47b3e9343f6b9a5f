package org.tillit.ui.exchange;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.NewProjectImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.importer.DocumentExtractor;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.export.Exports;
import org.tillit.ui.projects.ProjectChoice;

/**
 * An import from other programs in the workbench: the dialog plans it, a job brings it in as one
 * step (the UI stays free for a large project), the command stack then holds it for Undo, and a
 * dialog says what was not carried (the project's memo keeps that too). As a new project, the job
 * makes the project in its folder (all of it or none), and Tillit offers to start again with it.
 */
public final class RefiImports {

    public static final String DONE_TITLE = Messages.Imported_title;
    public static final String NEW_PROJECT_TITLE = Messages.Imported_newProjectTitle;

    private RefiImports() {
    }

    /** Call on the UI thread. */
    public static void open(Shell shell, ProjectStore store, CommandRunner commands, DocumentExtractor extractor,
            ProjectStoreFactory stores, IWorkbench workbench) {
        RefiImportDialog dialog = new RefiImportDialog(shell, store, extractor);
        if (dialog.open() != Window.OK || dialog.plan() == null) {
            return;
        }
        if (dialog.newProjectFolder().isPresent()) {
            asNewProject(shell, stores, workbench, dialog.plan().content(), dialog.newProjectFolder().get());
            return;
        }
        RefiImportPlan plan = dialog.plan();
        inBackground(shell, plan.content().fileName(), monitor -> {
            ImportRefiCommand command = new ImportRefiCommand(store, plan, monitor);
            command.execute();
            return () -> {
                commands.recordExecuted(command);
                MessageDialog.openInformation(shell.isDisposed() ? null : shell, DONE_TITLE,
                        NLS.bind(Messages.Imported_message, plan.content().fileName(), command.report().text()));
            };
        });
    }

    private static void asNewProject(Shell shell, ProjectStoreFactory stores, IWorkbench workbench, RefiContent content,
            Path folder) {
        inBackground(shell, content.fileName(), monitor -> {
            NewProjectImport.Result result = NewProjectImport.into(stores, folder, CoderPreference.identity(), content,
                    plan -> { }, monitor);
            return () -> offerToOpen(shell, workbench, content, folder, result);
        });
    }

    /**
     * An import's work, off the UI thread, reporting to the job's monitor; what it returns is then
     * shown on the UI thread.
     */
    @FunctionalInterface
    private interface Work {
        Runnable perform(IProgressMonitor monitor) throws ProjectStoreException;
    }

    /**
     * Runs the import as a job with progress; a cancel (heard between the import's steps) or a
     * failure rolls all of it back, and a failure is logged and said.
     */
    private static void inBackground(Shell shell, String fileName, Work work) {
        Display display = shell.getDisplay();
        Job job = new Job(NLS.bind(Messages.Imported_job, fileName)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Exports.later(display, work.perform(monitor));
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (ProjectStoreException | RuntimeException e) { // CommandFailedException too
                    FailureLog.error(RefiImports.class, getName(), e);
                    Exports.later(display, () -> MessageDialog.openError(shell.isDisposed() ? null : shell,
                            Messages.Imported_failedTitle, NLS.bind(Messages.Import_failed, fileName, e.getMessage())));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectJobs.FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private static void offerToOpen(Shell shell, IWorkbench workbench, RefiContent content, Path folder,
            NewProjectImport.Result result) {
        Shell parent = shell.isDisposed() ? null : shell;
        String said = result.report().isEmpty() ? Messages.Imported_newProjectAll : Messages.Imported_newProject;
        if (MessageDialog.openQuestion(parent, NEW_PROJECT_TITLE, NLS.bind(said, new Object[] { content.fileName(), folder,
                result.report().text() }))) {
            ProjectChoice.restartNow(parent, workbench, folder);
        }
    }
}
