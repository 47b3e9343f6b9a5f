package org.tillit.ui;

import org.eclipse.core.runtime.jobs.Job;

/**
 * The background jobs that work on the open project. Shutdown cancels them and waits for them
 * before the store closes, so that no job writes to a closed project.
 */
public final class ProjectJobs {

    /** The family every such job belongs to ({@link Job#belongsTo}). */
    public static final Object FAMILY = ProjectJobs.class;

    /** How long shutdown waits for a job to react to its cancel (a parse runs to its time limit). */
    private static final long WAIT_MILLIS = 30_000;

    private ProjectJobs() {
    }

    /**
     * Cancels every project job and waits for each to end.
     *
     * @return whether they all ended in time
     */
    public static boolean cancelAndJoin() {
        Job[] jobs = Job.getJobManager().find(FAMILY);
        for (Job job : jobs) {
            job.cancel();
        }
        boolean ended = true;
        for (Job job : jobs) {
            try {
                ended &= job.join(WAIT_MILLIS, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return ended;
    }
}
