package org.tillit.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.tillit.benchmarks.Figures;

/**
 * Times a change in the editor until the text has painted it: wall time, the UI thread's CPU time
 * over the same span (less disturbed by other builds on the machine, and without the wait for
 * GTK's next frame), and wall time until no event is left (lanes and overview painted too).
 * Each change comes {@link #PACE_MS} after the last paint, at a user's pace: GTK paints at most
 * once a frame (60 Hz), so a change right after a paint would wait for the rest of a frame.
 */
final class PaintTimings {

    /** A change made on the UI thread, such as a command and the editor's update after it. */
    interface Change {
        void make() throws Exception;
    }

    /** Faster than a key repeats (about 30 a second), slower than a frame. */
    static final int PACE_MS = 40;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final Figures.Samples painted;
    final Figures.Samples cpu;
    final Figures.Samples idle;
    private int unpainted;
    private int runs;

    private final int paceMs;

    PaintTimings(int capacity) {
        this(capacity, PACE_MS);
    }

    /** With another pause before each change: 0 for changes back to back. */
    PaintTimings(int capacity, int paceMs) {
        this.paceMs = paceMs;
        painted = new Figures.Samples(capacity);
        cpu = new Figures.Samples(capacity);
        idle = new Figures.Samples(capacity);
    }

    /** Makes the change and waits for the paint; the figures are kept only when {@code record}. */
    void time(EditorWindow window, Change change, boolean record) throws Exception {
        time(window, change, () -> record);
    }

    /** As {@link #time(EditorWindow, Change, boolean)}, asking after the change whether to keep the figures. */
    void time(EditorWindow window, Change change, BooleanSupplier record) throws Exception {
        window.pause(paceMs);
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        change.make();
        boolean paintCame = window.awaitTextPaint();
        long toPaint = System.nanoTime() - t;
        long cpuToPaint = THREADS.getCurrentThreadCpuTime() - cpu0;
        window.settle();
        long toIdle = System.nanoTime() - t;
        if (record.getAsBoolean()) {
            runs++;
            unpainted += paintCame ? 0 : 1;
            painted.add(toPaint);
            cpu.add(cpuToPaint);
            idle.add(toIdle);
        }
    }

    /** CPU and idle figures for the spread column. */
    String spread() {
        return String.format(Locale.ROOT, "; CPU %.1f; idle %.1f, max %.0f", cpu.medianMs(), idle.medianMs(),
                idle.maxMs());
    }

    /** How many recorded changes were painted, for a note (any unpainted one would make the timings void). */
    String paintedCount(String what) {
        return String.format(Locale.ROOT, "%s: %d of %d painted within 10 s", what, runs - unpainted, runs);
    }
}
