package org.tillit.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
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
import org.tillit.store.ProjectStore;
import org.tillit.ui.TillitEvents;
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
    private final IEventBroker events;
    private final UISynchronize ui;
    private final CommandRunner commands;

    @Inject
    public ImportLauncher(ProjectStore store, DocumentImporter importer, IEventBroker events, UISynchronize ui,
            CommandRunner commands) {
        this.store = store;
        this.importer = importer;
        this.events = events;
        this.ui = ui;
        this.commands = commands;
    }

    /** Imports files and folders (recursively), e.g. dropped from the file manager. */
    public void start(List<Path> picked) {
        List<Path> files;
        try {
            files = FileCollector.collect(picked);
        } catch (IOException e) {
            MessageDialog.openError(activeShell(), Messages.ImportLauncher_title,
                    NLS.bind(Messages.ImportLauncher_unreadable, e.getMessage()));
            return;
        }
        if (!files.isEmpty()) {
            new ImportJob(store, importer, files, this::finished).schedule();
        }
    }

    private void finished(ImportReport report) {
        events.post(TillitEvents.DOCUMENTS_CHANGED, store);
        ui.asyncExec(() -> {
            if (!report.importedDocuments().isEmpty()) {
                // Edit > Undo takes the whole import back.
                commands.recordExecuted(new ImportDocumentsCommand(store, report.importedDocuments()));
            }
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
