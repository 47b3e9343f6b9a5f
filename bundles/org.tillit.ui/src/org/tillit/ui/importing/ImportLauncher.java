package org.tillit.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.ImportDocumentsCommand;
import org.tillit.importer.DocumentImporter;
import org.tillit.importer.FileCollector;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.l10n.Messages;

/**
 * Starts imports from the menu and from drag and drop alike: a Job does the work, the parts hear
 * about new documents, and problems are summarised for the user at the end.
 */
@Creatable
@Singleton
public final class ImportLauncher {

    private final ProjectStore store;
    private final DocumentImporter importer;
    private final UISynchronize ui;
    private final CommandRunner commands;

    @Inject
    public ImportLauncher(ProjectStore store, DocumentImporter importer, UISynchronize ui,
            CommandRunner commands) {
        this.store = store;
        this.importer = importer;
        this.ui = ui;
        this.commands = commands;
    }

    /** Imports files and folders (recursively), e.g. dropped from the file manager. */
    public void start(List<Path> picked) {
        List<Path> files;
        try {
            files = FileCollector.collect(picked);
        } catch (IOException e) {
            String problem = NLS.bind(Messages.ImportLauncher_unreadable, e.getMessage());
            FailureLog.warning(ImportLauncher.class, problem, e);
            MessageDialog.openError(activeShell(), Messages.ImportLauncher_title, problem);
            return;
        }
        if (!files.isEmpty()) {
            // On the stack from the start: changes made while the import runs come after it, so
            // undo takes them back first. Edit > Undo then takes the whole import back.
            ImportDocumentsCommand command = ImportDocumentsCommand.running(store);
            commands.recordExecuted(command);
            ImportJob job = new ImportJob(store, importer, files, report -> finished(command, report));
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    // A job cancelled before it ran reports nothing: its command leaves the stack.
                    ui.asyncExec(() -> {
                        if (command.isRunning()) {
                            commands.importFinished(command, List.of());
                        }
                    });
                }
            });
            job.schedule();
        }
    }

    private void finished(ImportDocumentsCommand command, ImportReport report) {
        ui.asyncExec(() -> {
            commands.importFinished(command, report.importedDocuments());
            if (report.count(Status.FAILED) + report.count(Status.SKIPPED) > 0) {
                new ImportSummaryDialog(activeShell(), report).open();
            }
        });
    }

    private static Shell activeShell() {
        Display display = Display.getCurrent();
        Shell active = display.getActiveShell();
        if (active != null) {
            return active;
        }
        Shell[] shells = display.getShells();
        return shells.length > 0 ? shells[0] : null;
    }
}
