package org.tillit.ui.exchange;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.QdcExport;
import org.tillit.exchange.QdpxExport;
import org.tillit.export.ExportException;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.exchange.RefiExportDialog.RefiExportRequest;
import org.tillit.ui.progress.NamedWhenDone;

/**
 * Writes a REFI-QDA export off the UI thread with progress per document; Cancel stops it and
 * leaves no file (the exchange core writes whole or not at all). Says what it wrote, or why not.
 */
public final class RefiExportJob extends Job implements NamedWhenDone {

    /** What was written, for the dialog that says so. */
    public record Written(RefiExportRequest request, int documents, int codings, int codes) {
    }

    private final ProjectStore store;
    private final RefiExportRequest request;
    private final Consumer<Written> onDone;
    private final Consumer<RuntimeException> onFailure;
    private volatile boolean written;

    public RefiExportJob(ProjectStore store, RefiExportRequest request, Consumer<Written> onDone,
            Consumer<RuntimeException> onFailure) {
        super(NLS.bind(Messages.Job_name, request.file().getFileName()));
        this.store = store;
        this.request = request;
        this.onDone = onDone;
        this.onFailure = onFailure;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            if (request.branch() != null) {
                QdcExport.write(store, request.file(), request.branch());
            } else if (request.codebookOnly()) {
                QdcExport.write(store, request.file());
            } else {
                QdpxExport.write(store, request.file(), monitor);
            }
            written = true;
            onDone.accept(store.read(p -> new Written(request, p.getDocuments().size(),
                    p.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum(),
                    request.branch() != null ? CodeTree.subtree(request.branch()).size()
                            : CodeTree.allCodes(p.getCodebook()).size())));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ExportException e) {
            FailureLog.warning(RefiExportJob.class, e.getMessage(), e);
            onFailure.accept(e);
        } catch (RuntimeException e) {
            FailureLog.error(RefiExportJob.class, getName(), e);
            onFailure.accept(e);
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    @Override
    public String doneName() {
        return written ? NLS.bind(Messages.Job_done, request.file().getFileName()) : getName();
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ProjectJobs.FAMILY;
    }
}
