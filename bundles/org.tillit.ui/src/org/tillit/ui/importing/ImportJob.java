package org.tillit.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.DocumentImporter;
import org.tillit.importer.ImportReport;
import org.tillit.store.ProjectStore;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.progress.NamedWhenDone;

/** Runs an import off the UI thread, with progress and cancel; hands the report on when done. */
public final class ImportJob extends Job implements NamedWhenDone {

    /** Family for tests and for waiting on imports at shutdown. */
    public static final Object FAMILY = ImportJob.class;

    private final ProjectStore store;
    private final DocumentImporter importer;
    private final List<Path> files;
    private final Consumer<ImportReport> onDone;

    public ImportJob(ProjectStore store, DocumentImporter importer, List<Path> files, Consumer<ImportReport> onDone) {
        super(files.size() == 1 ? NLS.bind(Messages.ImportJob_one, files.get(0).getFileName())
                : NLS.bind(Messages.ImportJob_many, files.size()));
        this.store = store;
        this.importer = importer;
        this.files = List.copyOf(files);
        this.onDone = onDone;
        setUser(true);
        // One import at a time keeps the duplicate check exact.
        setRule(new ProjectImportRule(store));
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ImportReport report = importer.importFiles(store, files, monitor);
        onDone.accept(report);
        return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public String doneName() {
        return files.size() == 1 ? NLS.bind(Messages.ImportJob_oneDone, files.get(0).getFileName())
                : NLS.bind(Messages.ImportJob_manyDone, files.size());
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == ProjectJobs.FAMILY;
    }
}
