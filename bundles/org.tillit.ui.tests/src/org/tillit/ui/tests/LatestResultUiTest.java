package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.cooccurrence.LatestResult;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** Work in a job, applied on the UI thread, where a newer request wins over a slower, older one. */
class LatestResultUiTest {

    private final UiBot bot = new UiBot();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final List<Boolean> onUiThread = new CopyOnWriteArrayList<>();
    private Shell shell;
    private LatestResult latest;

    @BeforeEach
    void aControlToApplyTo() {
        bot.run(() -> {
            shell = new Shell(bot.display());
            latest = new LatestResult(shell, "counting");
        });
    }

    @AfterEach
    void dispose() {
        bot.run(() -> shell.dispose());
    }

    @Test
    void aSlowOldResultArrivingAfterANewOneIsDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        bot.run(() -> {
            latest.request(() -> {
                await(release);
                return "old";
            }, this::apply, e -> applied.add("failed"));
            latest.request(() -> "new", this::apply, e -> applied.add("failed"));
        });
        bot.waitUntil(Condition.of("the new result applied", () -> applied.contains("new")));
        release.countDown();
        Job.getJobManager().join(ProjectJobs.FAMILY, null);
        bot.run(() -> { }); // the old result's asyncExec, if any, has run
        assertEquals(List.of("new"), applied);
        assertEquals(List.of(true), onUiThread);
    }

    @Test
    void aFailureOfTheNewestRequestIsReportedOnTheUiThread() {
        bot.run(() -> latest.request(() -> {
            throw new IllegalStateException("the store is closed");
        }, this::apply, e -> {
            onUiThread.add(bot.display().getThread() == Thread.currentThread());
            applied.add(e.getMessage());
        }));
        bot.waitUntil(Condition.of("the failure reported", () -> !applied.isEmpty()));
        assertEquals(List.of("the store is closed"), applied);
        assertEquals(List.of(true), onUiThread);
    }

    @Test
    void droppedRequestsAreNotApplied() throws Exception {
        bot.run(() -> {
            latest.request(() -> "dropped", this::apply, e -> applied.add("failed"));
            latest.drop();
        });
        Job.getJobManager().join(ProjectJobs.FAMILY, null);
        bot.run(() -> { });
        assertTrue(applied.isEmpty(), applied.toString());
    }

    private void apply(String result) {
        onUiThread.add(bot.display().getThread() == Thread.currentThread());
        applied.add(result);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
