package org.tillit.ui.cooccurrence;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.tillit.ui.ProjectJobs;

/**
 * Work done in a Job, its result applied on the UI thread, where only the newest request counts:
 * a result that arrives after a newer request was made is dropped, so a slow, stale count never
 * overwrites a fresh one. The job belongs to the project's jobs, which shutdown waits for.
 */
public final class LatestResult {

    private final Control owner;
    private final String name;
    private int latest;

    public LatestResult(Control owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** Call on the UI thread. A failure goes to {@code onFailure} on the UI thread, if still the newest. */
    public <T> void request(Supplier<T> work, Consumer<T> apply, Consumer<RuntimeException> onFailure) {
        int ticket = ++latest;
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.get();
                    deliver(ticket, () -> apply.accept(result));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    deliver(ticket, () -> onFailure.accept(e));
                    return Status.error(name, e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectJobs.FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** Forgets the requests under way: their results will not be applied. */
    public void drop() {
        latest++;
    }

    private void deliver(int ticket, Runnable onUiThread) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (ticket == latest && !owner.isDisposed()) {
                onUiThread.run();
            }
        });
    }
}
