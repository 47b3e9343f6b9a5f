package org.tillit.ui.progress;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/** Forwards a job's progress to the status bar; cancel comes from the job's own flag. */
final class StatusBarMonitor extends NullProgressMonitor {

    private final JobProgressControl control;
    private final Job job;
    private double worked;
    private String task = "";

    StatusBarMonitor(JobProgressControl control, Job job) {
        this.control = control;
        this.job = job;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        control.started(job, job.getName(), totalWork == UNKNOWN ? 0 : totalWork);
    }

    @Override
    public void subTask(String name) {
        task = name == null ? "" : name;
        control.progressed(task, (int) worked);
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        control.progressed(task, (int) worked);
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        control.finished(job, isCanceled());
    }
}
