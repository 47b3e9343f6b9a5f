package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.TillitPackage;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * Crash safety: a child JVM ({@link CrashWorker}) codes and edits the codebook in a loop and is
 * killed with SIGKILL at random moments, many times. After each kill the project must open as it
 * is (no repair) and hold every change the worker had acknowledged as committed; the one change in
 * flight at the kill may be there or not, but nothing half and nothing else.
 *
 * <p>The seed of the random choices (kill moments, changes) is in the summary line and in every
 * failure; {@code TILLIT_CRASH_SEED=N} in the environment of the build repeats those choices. Timing
 * still varies, so a run is never repeated exactly.
 *
 * <p>Every build kills a few times ({@value #DEFAULT_ROUNDS}, each kind of moment at least once);
 * {@code -Dtillit.crash.rounds=200} on the Maven command line kills as often as asked.
 */
class CrashSafetyTest {

    private static final int DEFAULT_ROUNDS = 4;
    private static final int ROUNDS = rounds();
    private static final long CHILD_TIMEOUT_MS = 60_000;
    private static final int KILLED_EXIT = 128 + 9;
    private static final String EOF = new String("end of output");

    /** When the child is killed: after some acknowledged changes, after a delay once it is working, or early. */
    private enum Kill {
        AFTER_ACKS, AFTER_DELAY, DURING_START
    }

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedChangeSurvivesSigkill() throws Exception {
        String fixedSeed = System.getenv("TILLIT_CRASH_SEED");
        long seed = fixedSeed == null || fixedSeed.isBlank() ? System.nanoTime() : Long.parseLong(fixedSeed.strip());
        Random random = new Random(seed);
        Path folder;
        CommittedChanges ledger;
        try (ProjectFixture p = new ProjectFixture(temp)) {
            folder = p.folder;
            assertEquals(9, p.store.codebook().getCodes().size(), "TBSL groups");
            ledger = new CommittedChanges(p);
        }
        String classpath = childClasspath();
        // Every kind of moment within the first three rounds, so that the few rounds of a build see all of them.
        Kill[] plan = { Kill.AFTER_ACKS, Kill.AFTER_DELAY, Kill.DURING_START, Kill.AFTER_ACKS, Kill.AFTER_DELAY };
        int midCommand = 0;
        int staleLocks = 0;
        int landed = 0;
        int[] kills = new int[Kill.values().length];
        long reopenNanos = 0;
        long startNanos = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Kill kill = plan[(round - 1) % plan.length];
            kills[kill.ordinal()]++;
            String where = "round " + round + " (" + kill + ", seed " + seed + ")";
            ledger.startRound(round);
            runAndKill(folder, classpath, round, random, kill, ledger, where);
            boolean inFlight = ledger.inFlight();
            if (Files.exists(folder.resolve("tillit.lock.db"))) {
                staleLocks++;
            }
            long before = System.nanoTime();
            try (ProjectFixture p = reopenAfterKill(folder)) {
                reopenNanos += System.nanoTime() - before;
                if (ledger.verify(p)) {
                    landed++;
                }
            } catch (AssertionError e) {
                throw new AssertionError(where + ": " + e.getMessage(), e);
            }
            if (inFlight) {
                midCommand++;
            }
        }
        System.out.printf("Crash safety: %d SIGKILLs (%d after n acknowledgements, %d after a delay, %d during start),"
                + " %d acknowledged changes survived (%d codings, %d renames, %d added codes), %d kills mid-command"
                + " (%d of those changes had committed), %d stale H2 lock files taken over, reopen after a kill"
                + " %.1f s on average, %.0f s in all, seed %d%n", ROUNDS, kills[0], kills[1], kills[2],
                ledger.acknowledged(), ledger.acknowledged(CrashWorker.CODING), ledger.acknowledged(CrashWorker.RENAME),
                ledger.acknowledged(CrashWorker.ADD), midCommand, landed, staleLocks, reopenNanos / 1e9 / ROUNDS,
                (System.nanoTime() - startNanos) / 1e9, seed);
    }

    /** The number of kills: {@code tillit.crash.rounds}, passed on by this bundle's POM. */
    private static int rounds() {
        String value = System.getProperty("tillit.crash.rounds", "");
        if (value.isBlank()) {
            return DEFAULT_ROUNDS;
        }
        int rounds = Integer.parseInt(value.strip());
        if (rounds < 1) {
            throw new IllegalArgumentException("tillit.crash.rounds must be at least 1, not " + value);
        }
        return rounds;
    }

    /** Opens the project as Tillit does; the test fails if that needs anything more. */
    private static ProjectFixture reopenAfterKill(Path folder) {
        try {
            return ProjectFixture.reopen(folder);
        } catch (Exception e) {
            throw new AssertionError("the project cannot be opened after the kill: " + e.getMessage(), e);
        }
    }

    /** Starts the worker, feeds its output to the ledger, kills it as planned and reads what it said before. */
    private void runAndKill(Path folder, String classpath, int round, Random random, Kill kill, CommittedChanges ledger,
            String where) throws Exception {
        Path errors = temp.resolve("worker-" + round + ".err");
        Process child = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + System.getProperty("user.home"), "-Djava.io.tmpdir=" + temp, "-cp", classpath,
                CrashWorker.class.getName(), folder.toString(), Integer.toString(round),
                Long.toString(random.nextLong()))
                .directory(temp.toFile()).redirectError(errors.toFile()).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> readLines(child.getInputStream(), lines), "crash worker output " + round);
            reader.setDaemon(true);
            reader.start();
            waitForTheMoment(child, lines, random, kill, ledger, where, errors, classpath);
            // SIGKILL through the process handle: Process.destroyForcibly would also close our end of
            // the pipe, losing the lines the worker wrote just before it died.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), where + ": the worker outlived SIGKILL");
            assertEquals(KILLED_EXIT, child.exitValue(), where + ": the worker was not killed by SIGKILL\n"
                    + describe(child, errors, classpath));
            reader.join();
            // What the worker printed before it died was committed before it printed it.
            for (String line = lines.take(); line != EOF; line = lines.take()) {
                ledger.read(line);
            }
        } finally {
            child.toHandle().destroyForcibly();
        }
    }

    /** Reads the worker's output until the moment to kill it has come. */
    private static void waitForTheMoment(Process child, BlockingQueue<String> lines, Random random, Kill kill,
            CommittedChanges ledger, String where, Path errors, String classpath) throws Exception {
        long started = System.nanoTime();
        long deadline = kill == Kill.DURING_START ? started + TimeUnit.MILLISECONDS.toNanos(random.nextInt(1500))
                : Long.MAX_VALUE;
        int acksWanted = 1 + random.nextInt(150);
        int acks = 0;
        while (System.nanoTime() < deadline && (kill != Kill.AFTER_ACKS || acks < acksWanted)) {
            long now = System.nanoTime();
            if (now - started > TimeUnit.MILLISECONDS.toNanos(CHILD_TIMEOUT_MS)) {
                fail(where + ": the worker did not get going\n" + describe(child, errors, classpath));
            }
            String line = lines.poll(Math.min(deadline - now, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            if (line == EOF) {
                fail(where + ": the worker ended by itself\n" + describe(child, errors, classpath));
            }
            if (line != null && ledger.read(line)) {
                acks++;
            }
            if (CrashWorker.READY.equals(line) && kill == Kill.AFTER_DELAY) {
                deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(751));
            }
        }
    }

    private static void readLines(InputStream in, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("reading the worker's output failed: " + e);
        } finally {
            lines.add(EOF);
        }
    }

    private static String describe(Process child, Path errors, String classpath)
            throws IOException, InterruptedException {
        String exit = child.waitFor(5, TimeUnit.SECONDS) ? "exit value " + child.exitValue() : "still running";
        return exit + ", class path " + classpath + "\nstandard error:\n"
                + (Files.exists(errors) ? Files.readString(errors) : "(none)");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The worker's class path from the bundles of this OSGi runtime: jars as they are; a bundle run
     * from its project folder (this test bundle under tycho-surefire) with its folder, for resources,
     * and the class folders that the framework's {@code osgi.dev} properties name for it.
     */
    private static String childClasspath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(CrashWorker.class, ProjectCommandStack.class, H2ProjectStoreFactory.class,
                TillitPackage.class, EObject.class, Command.class, org.h2.Driver.class)) {
            Bundle bundle = FrameworkUtil.getBundle(type);
            File file = FileLocator.getBundleFileLocation(bundle)
                    .orElseThrow(() -> new IOException("no file for the bundle " + bundle.getSymbolicName()));
            if (file.isDirectory()) {
                for (String entry : devClasspath(bundle)) {
                    File classes = new File(entry);
                    entries.add((classes.isAbsolute() ? classes : new File(file, entry)).getAbsolutePath());
                }
            }
            entries.add(file.getAbsolutePath());
        }
        // NLS (the store's and commands' messages) is in the framework itself, which is no bundle
        // FrameworkUtil finds: its jar is where the class came from.
        try {
            entries.add(new File(NLS.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getAbsolutePath());
        } catch (URISyntaxException e) {
            throw new IOException("the framework's location is not a file", e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> devClasspath(Bundle bundle) throws IOException {
        String dev = FrameworkUtil.getBundle(CrashSafetyTest.class).getBundleContext().getProperty("osgi.dev");
        if (dev == null || dev.isBlank()) {
            return List.of();
        }
        String value = dev;
        try (InputStream in = new URL(dev).openStream()) {
            Properties properties = new Properties();
            properties.load(in);
            value = properties.getProperty(bundle.getSymbolicName(), properties.getProperty("*", ""));
        } catch (MalformedURLException notAUrl) {
            // osgi.dev may also be the class path entries themselves
        }
        List<String> result = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (!entry.isBlank()) {
                result.add(entry.strip());
            }
        }
        return result;
    }
}
