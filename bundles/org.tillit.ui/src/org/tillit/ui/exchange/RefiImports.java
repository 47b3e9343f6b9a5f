package org.tillit.ui.exchange;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.importer.DocumentExtractor;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.export.Exports;

/**
 * An import from other programs in the workbench: the dialog plans it, a job brings it in as one
 * step (the UI stays free for a large project), the command stack then holds it for Undo, and a
 * dialog says what was not carried (the project's memo keeps that too).
 */
public final class RefiImports {

    public static final String DONE_TITLE = Messages.Imported_title;

    private RefiImports() {
    }

    /** Call on the UI thread. */
    public static void open(Shell shell, ProjectStore store, CommandRunner commands, DocumentExtractor extractor) {
        RefiImportDialog dialog = new RefiImportDialog(shell, store, extractor);
        if (dialog.open() != Window.OK || dialog.plan() == null) {
            return;
        }
        RefiImportPlan plan = dialog.plan();
        ImportRefiCommand command = new ImportRefiCommand(store, plan);
        Display display = shell.getDisplay();
        Job job = new Job(NLS.bind(Messages.Imported_job, plan.content().fileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    command.execute();
                    Exports.later(display, () -> {
                        commands.recordExecuted(command);
                        MessageDialog.openInformation(shell.isDisposed() ? null : shell, DONE_TITLE,
                                NLS.bind(Messages.Imported_message, plan.content().fileName(), command.report().text()));
                    });
                } catch (RuntimeException e) { // CommandFailedException too: nothing changed
                    FailureLog.error(RefiImports.class, getName(), e);
                    Exports.later(display, () -> MessageDialog.openError(shell.isDisposed() ? null : shell,
                            Messages.Imported_failedTitle, NLS.bind(Messages.Import_failed, plan.content().fileName(),
                                    e.getMessage())));
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
}
