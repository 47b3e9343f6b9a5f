package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tillit.ui.ProjectJobs;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.support.TillitUiTest;

/** A view's background query: the newest request wins, an older result never reaches the view, a cancel is said. */
@TillitUiTest
class LatestWorkUiTest {

    private final UiBot bot = new UiBot();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private Shell owner;
    private LatestWork work;

    @BeforeEach
    void openAnOwner() {
        bot.run(() -> {
            owner = new Shell(bot.display(), SWT.NONE);
            work = new LatestWork(owner, false);
        });
    }

    @AfterEach
    void closeIt() {
        bot.run(() -> owner.dispose());
    }

    @Test
    void aSlowOlderRequestIsSupersededByANewerOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch olderStarted = new CountDownLatch(1);
        CountDownLatch olderFinished = new CountDownLatch(1);
        bot.run(() -> work.start("older", monitor -> {
            olderStarted.countDown();
            awaitQuietly(release);
            olderFinished.countDown();
            return "older result"; // its job was cancelled, but it does not look: the result must still be dropped
        }, delivery()));
        // Running, not waiting: a job cancelled before it starts never runs, and the test is about one that did.
        assertTrue(olderStarted.await(10, TimeUnit.SECONDS));
        bot.run(() -> work.start("newer", monitor -> "newer result", delivery()));
        bot.waitUntil(Condition.of("the newer result", () -> shown.contains("newer result")));
        release.countDown();
        assertTrue(olderFinished.await(10, TimeUnit.SECONDS));
        Job.getJobManager().join(ProjectJobs.FAMILY, null);
        bot.sync(() -> null); // what the older job posted, if anything, has run by now
        assertEquals(List.of("newer result"), shown);
    }

    @Test
    void aCancelledRequestSaysSoInsteadOfShowingNothingForever() {
        bot.run(() -> work.start("cancelled", monitor -> {
            throw new OperationCanceledException();
        }, delivery()));
        bot.waitUntil(Condition.of("the cancel said", () -> shown.size() == 1));
        assertTrue(shown.get(0).startsWith("failed: Cancelled"), shown.toString());
        bot.waitUntil(Condition.of("the job ended", () -> bot.sync(() -> !work.busy())));
    }

    private LatestWork.Delivery<String> delivery() {
        return new LatestWork.Delivery<>(result -> {
            assertTrue(bot.display().getThread() == Thread.currentThread(), "delivered on the UI thread");
            shown.add(result);
        }, reason -> shown.add("failed: " + reason));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
