package org.tillit.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/**
 * A view's question to the project, asked in a background job so the UI thread never waits on
 * the store's lock; the answer comes back on the UI thread. Only the latest question's answer is
 * shown: an older job still running when the user changes the query is cancelled, and its answer
 * dropped if it arrives anyway.
 */
public final class LatestQuery<T> {

    private final String name;
    private final Control owner;
    private final Consumer<T> show;
    private Job running;
    private long asked;

    /** {@code show} runs on the UI thread, while {@code owner} is not disposed. */
    public LatestQuery(String name, Control owner, Consumer<T> show) {
        this.name = name;
        this.owner = owner;
        this.show = show;
    }

    /** Asks again; call on the UI thread. {@code question} runs in the job and must not touch widgets. */
    public void ask(Supplier<T> question) {
        if (running != null) {
            running.cancel();
        }
        long number = ++asked;
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                T answer = question.get();
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> deliver(number, answer));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ProjectJobs.FAMILY;
            }
        };
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    /** Whether an answer is still to come. */
    public boolean pending() {
        return running != null;
    }

    private void deliver(long number, T answer) {
        if (number != asked || owner.isDisposed()) {
            return;
        }
        running = null;
        show.accept(answer);
    }
}
