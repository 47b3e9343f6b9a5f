package org.tillit.ui.comparison;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.store.ProjectStore;
import org.tillit.ui.ProjectJobs;

/**
 * Computes comparisons off the UI thread, one Job each, and hands the matrix to the UI thread. Only
 * the newest request's matrix is handed over: a slower, older computation finishing later is
 * dropped, so it never overwrites what was asked after it.
 */
final class ComparisonJob {

    private final ProjectStore store;
    private final Display display;
    private final AtomicLong newest = new AtomicLong();

    ComparisonJob(ProjectStore store, Display display) {
        this.store = store;
        this.display = display;
    }

    /** Computes the spec; the consumer runs on the UI thread if no newer request came meanwhile. */
    void compute(ComparisonSpec spec, Consumer<ComparisonMatrix> onUiThread) {
        long request = newest.incrementAndGet();
        Job job = new Job(Messages.Job_name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (request != newest.get() || monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                ComparisonMatrix matrix = Comparison.compute(store, spec);
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (request == newest.get()) {
                            onUiThread.accept(matrix);
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectJobs.FAMILY || family == ComparisonJob.this;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** Drops every computation under way: nothing more reaches the UI thread. */
    void stop() {
        newest.incrementAndGet();
        Job.getJobManager().cancel(this);
    }

    /** For a caller that wants nothing computed now (no groups): older results no longer count either. */
    void forget() {
        newest.incrementAndGet();
    }
}
