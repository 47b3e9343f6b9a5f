package org.tillit.ui.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.tillit.export.ExportArguments;
import org.tillit.export.ExportException;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.ProvenanceRecord;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.progress.NamedWhenDone;

/**
 * Writes an export off the UI thread, with progress in the status bar: the project's state (which
 * reads every text) for the provenance, then the file, whole or not at all, and beside a CSV or
 * Markdown file the record of what it came from. Cancel stops it before the file is written; the
 * writing itself runs to its end (the core writes a file in one go).
 */
public final class ExportJob extends Job implements NamedWhenDone {

    /** Family for tests, and shutdown waits for it as for every project job. */
    public static final Object FAMILY = ExportJob.class;

    private final ProjectStore store;
    private final ExportSource source;
    private final ExportRequest request;
    private final Consumer<ExportOutcome> onDone;
    private final Consumer<RuntimeException> onFailure;
    private volatile boolean written;

    ExportJob(ProjectStore store, ExportSource source, ExportRequest request, Consumer<ExportOutcome> onDone,
            Consumer<RuntimeException> onFailure) {
        super(NLS.bind(Messages.Job_name, request.file().getFileName()));
        this.store = store;
        this.source = source;
        this.request = request;
        this.onDone = onDone;
        this.onFailure = onFailure;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), 2);
        try {
            monitor.subTask(Messages.Job_state);
            Provenance provenance = new Provenance(query(), Instant.now(), ProjectState.of(store), ProvenanceRecord.tillitVersion());
            monitor.worked(1);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            monitor.subTask(Messages.Job_writing);
            ExportOutcome outcome = source.writer().write(request, provenance);
            if (request.format().recordBeside()) {
                ProvenanceRecord.write(provenance, request.file());
            }
            monitor.worked(1);
            written = true;
            onDone.accept(outcome);
        } catch (ExportException e) {
            FailureLog.warning(ExportJob.class, e.getMessage(), e);
            onFailure.accept(e);
        } catch (ProjectStoreException e) {
            FailureLog.error(ExportJob.class, e.getMessage(), e);
            onFailure.accept(new ExportException(e.getMessage(), e));
        } catch (RuntimeException e) {
            FailureLog.error(ExportJob.class, getName(), e);
            onFailure.accept(e);
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    /**
     * What was exported and how, then the view's question, as ExportRun records it, with the
     * command line's arguments for the same export when the view could give them.
     */
    private Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("format", request.format().extension());
        query.put("out", request.file().getFileName().toString());
        query.put("from", "workbench");
        query.putAll(source.query());
        if (source.kind().cites()) {
            query.put("citation", request.template());
            query.put("pseudonyms", request.pseudonymised() ? request.pseudonymList().toString() : "");
        }
        if (source.kind() == ExportSource.Kind.QUOTES) {
            ExportRequest.ReportOptions report = request.report();
            query.put("definitions", String.valueOf(report.definitions()));
            query.put("memos", String.valueOf(report.memos()));
            query.put("counts", String.valueOf(report.counts()));
            query.put("questions", String.valueOf(report.questions()));
        }
        if (source.replay() != null) {
            replayArguments().recordIn(query);
        }
        return query;
    }

    /** The view's question with the dialog's choices, as the command line takes them. */
    private ExportArguments replayArguments() {
        ExportArguments arguments = source.replay().flag(ExportArguments.EXCEL,
                request.format() == ExportFormat.CSV_SWEDISH_EXCEL);
        if (source.kind().cites()) {
            arguments = arguments.option(ExportArguments.CITATION, request.template())
                    .option(ExportArguments.PSEUDONYMS, request.pseudonymised() ? request.pseudonymList().toString() : null);
        }
        if (source.kind() == ExportSource.Kind.QUOTES) {
            ExportRequest.ReportOptions report = request.report();
            arguments = arguments.flag(ExportArguments.DEFINITIONS, report.definitions())
                    .flag(ExportArguments.MEMOS, report.memos()).flag(ExportArguments.QUESTIONS, report.questions())
                    .flag(ExportArguments.NO_COUNTS, !report.counts());
        }
        return arguments.flag(ExportArguments.CHART, request.chart() && request.format().holdsPictures());
    }

    @Override
    public String doneName() {
        return written ? NLS.bind(Messages.Job_done, request.file().getFileName()) : getName();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == ProjectJobs.FAMILY;
    }
}
