package org.tillit.ui.progress;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * The status bar's progress area: the running user job's name, current step, a progress bar and a
 * Cancel button. Plain e4 has no progress view, so this is where long work shows itself.
 */
public final class JobProgressControl {

    private Composite area;
    private Label label;
    private ProgressBar bar;
    private Button cancel;
    private volatile Job current;

    @PostConstruct
    public void createControls(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 1;
        area.setLayout(layout);
        label = WidgetIds.tag(new Label(area, SWT.NONE), WidgetIds.PROGRESS_LABEL);
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.widthHint = 420;
        label.setLayoutData(labelData);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
        barData.widthHint = 160;
        bar.setLayoutData(barData);
        cancel = WidgetIds.tag(new Button(area, SWT.PUSH | SWT.FLAT), WidgetIds.PROGRESS_CANCEL);
        cancel.setText(Messages.Progress_cancel);
        cancel.addListener(SWT.Selection, e -> {
            Job job = current;
            if (job != null) {
                job.cancel();
                label.setText(NLS.bind(Messages.Progress_cancelling, job.getName()));
            }
        });
        idle(Messages.Progress_ready);
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isUser() ? new StatusBarMonitor(JobProgressControl.this, job) : null;
            }
        });
    }

    void started(Job job, String name, int totalWork) {
        current = job;
        run(() -> {
            label.setText(name);
            bar.setVisible(true);
            bar.setMaximum(Math.max(totalWork, 1));
            bar.setSelection(0);
            cancel.setVisible(true);
            cancel.setEnabled(true);
        });
    }

    void progressed(String step, int worked) {
        run(() -> {
            Job job = current;
            label.setText(job == null ? step : job.getName() + (step.isEmpty() ? "" : ": " + step));
            bar.setSelection(worked);
        });
    }

    void finished(Job job, boolean cancelled) {
        if (current == job) {
            current = null;
            String done = job instanceof NamedWhenDone named ? named.doneName() : NLS.bind(Messages.Progress_done, job.getName());
            run(() -> idle(cancelled ? NLS.bind(Messages.Progress_cancelled, done) : done));
        }
    }

    private void idle(String message) {
        label.setText(message);
        bar.setVisible(false);
        cancel.setVisible(false);
    }

    private void run(Runnable update) {
        if (area.isDisposed()) {
            return;
        }
        area.getDisplay().asyncExec(() -> {
            if (!area.isDisposed()) {
                update.run();
                area.layout(true);
            }
        });
    }

    @PreDestroy
    public void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }
}
