package org.tillit.ui.results;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.tillit.model.log.FailureLog;
import org.tillit.query.QueryException;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.progress.NamedWhenDone;

/**
 * Background work for a view of which only the newest request counts: each request cancels the one
 * before and runs in a Job, so the UI thread stays free; only the newest result reaches the view, on
 * the UI thread, and only while the view exists. Call it from the UI thread.
 */
public final class LatestWork {

    /** What runs off the UI thread: reads the store (under its lock), touches no widget. */
    public interface Work<R> {
        R run(IProgressMonitor monitor);
    }

    /** Where the result or the reason it failed goes, on the UI thread. */
    public record Delivery<R>(Consumer<R> onResult, Consumer<String> onFailure) {
    }

    private final Control owner;
    private final boolean user;
    private Job running;
    private int requests;

    /**
     * @param owner the view's control: nothing is delivered once it is disposed
     * @param user  whether the work shows in the status bar with a Cancel button (a user job)
     */
    public LatestWork(Control owner, boolean user) {
        this.owner = owner;
        this.user = user;
    }

    public <R> void start(String name, Work<R> work, Delivery<R> delivery) {
        int request = ++requests;
        if (running != null) {
            running.cancel();
        }
        Job job = new LatestJob(name, monitor -> run(request, name, work, delivery, monitor));
        job.setUser(user);
        job.setSystem(!user);
        running = job;
        job.schedule();
    }

    /** The work of one request, its outcome delivered if it is still the newest. */
    private <R> IStatus run(int request, String name, Work<R> work, Delivery<R> delivery, IProgressMonitor monitor) {
        try {
            R result = work.run(monitor);
            if (monitor.isCanceled()) {
                return cancelled(request, delivery);
            }
            deliver(request, () -> delivery.onResult().accept(result));
        } catch (OperationCanceledException e) {
            return cancelled(request, delivery);
        } catch (QueryException e) {
            deliver(request, () -> delivery.onFailure().accept(e.getMessage()));
        } catch (RuntimeException e) {
            FailureLog.error(LatestWork.class, name, e);
            deliver(request, () -> delivery.onFailure().accept(String.valueOf(e.getMessage())));
        }
        return Status.OK_STATUS;
    }

    /**
     * A project job (shutdown waits for it) that leaves the status bar saying Ready when done: the
     * view itself says what it found, a "Done: Searching for …" would only linger there.
     */
    private static final class LatestJob extends Job implements NamedWhenDone {

        private final Function<IProgressMonitor, IStatus> body;
        private volatile boolean cancelled;

        LatestJob(String name, Function<IProgressMonitor, IStatus> body) {
            super(name);
            this.body = body;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            IStatus status = body.apply(monitor);
            cancelled = status.getSeverity() == IStatus.CANCEL;
            return status;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ProjectJobs.FAMILY;
        }

        @Override
        public String doneName() {
            return cancelled ? getName() : org.tillit.ui.l10n.Messages.Progress_ready;
        }
    }

    /** Forgets the request under way, if any: nothing more is delivered until the next start. */
    public void drop() {
        requests++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Whether a request is still under way (its result not yet shown). */
    public boolean busy() {
        return running != null && running.getState() != Job.NONE;
    }

    /** A cancel from the status bar is said in the view; a request superseded by a newer one says nothing. */
    private IStatus cancelled(int request, Delivery<?> delivery) {
        deliver(request, () -> delivery.onFailure().accept(Messages.Work_cancelled));
        return Status.CANCEL_STATUS;
    }

    private void deliver(int request, Runnable show) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (request == requests && !owner.isDisposed()) {
                show.run();
            }
        });
    }
}
