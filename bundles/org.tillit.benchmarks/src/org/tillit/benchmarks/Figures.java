package org.tillit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measured figures as a table, each with its target (if the issue sets one) and PASS/MISS. */
public final class Figures {

    /** One run of an operation that times itself (so its set-up and checks stay outside the time). */
    public interface Run {
        long nanos() throws Exception;
    }

    /** Timings of repeated runs of one operation, in nanoseconds. */
    public static final class Samples {
        private final long[] nanos;
        private int n;

        public Samples(int capacity) {
            nanos = new long[capacity];
        }

        /** The timings of {@code measured} runs after {@code warmup} untimed ones. */
        public static Samples of(int warmup, int measured, Run run) throws Exception {
            Samples samples = new Samples(measured);
            for (int i = 0; i < warmup + measured; i++) {
                long elapsed = run.nanos();
                if (i >= warmup) {
                    samples.add(elapsed);
                }
            }
            return samples;
        }

        public void add(long elapsedNanos) {
            nanos[n++] = elapsedNanos;
        }

        public int count() {
            return n;
        }

        /** Nearest-rank percentile in milliseconds. */
        public double percentileMs(double p) {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }

        public double medianMs() {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return n % 2 == 1 ? sorted[n / 2] / 1e6 : (sorted[n / 2 - 1] + sorted[n / 2]) / 2e6;
        }

        public double meanMs() {
            return n == 0 ? 0 : Arrays.stream(nanos, 0, n).average().orElse(0) / 1e6;
        }

        public double firstMs() {
            return nanos[0] / 1e6;
        }

        public double maxMs() {
            return Arrays.stream(nanos, 0, n).max().orElse(0) / 1e6;
        }
    }

    private record Row(String what, String unit, double value, String spread, double target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A single figure (lower is better) and its target, NaN for none. */
    public void single(String what, String unit, double value, double target) {
        single(what, unit, value, "", target);
    }

    public void single(String what, String unit, double value, String spread, double target) {
        rows.add(new Row(what, unit, value, spread, target));
    }

    /** The median of the samples, with p90 (of 10 or more) and max beside it, against a target for the median. */
    public void timed(String what, Samples samples, double targetMs) {
        timed(what, samples, "", targetMs);
    }

    /** As {@link #timed(String, Samples, double)}, with more in the spread column. */
    public void timed(String what, Samples samples, String more, double targetMs) {
        rows.add(new Row(what + " (n=" + samples.count() + ")", "ms", samples.medianMs(),
                (samples.count() >= 10 ? "p90 " + format(samples.percentileMs(90)) + ", " : "") + "max "
                        + format(samples.maxMs()) + more,
                targetMs));
    }

    /**
     * One call's time in microseconds, from samples that each timed a pass of {@code calls} calls:
     * the median pass divided by the calls, with the median and max pass beside it.
     */
    public void perCall(String what, Samples passes, int calls, double targetMicros) {
        rows.add(new Row(what + " (" + passes.count() + "x" + calls + ")", "us",
                passes.medianMs() * 1000 / calls,
                "a pass: median " + format(passes.medianMs()) + " ms, max " + format(passes.maxMs()) + " ms",
                targetMicros));
    }

    public void note(String line) {
        notes.add(line);
    }

    public boolean allPass() {
        return rows.stream().allMatch(r -> Double.isNaN(r.target) || r.value < r.target);
    }

    public String table(List<String> header) {
        StringBuilder out = new StringBuilder();
        out.append("==================== TILLIT BENCHMARK ====================\n");
        header.forEach(h -> out.append(h).append('\n'));
        out.append(String.format(Locale.ROOT, "%-62s %12s  %-40s %-11s %s%n", "measure", "median/value", "spread",
                "target", "result"));
        for (Row r : rows) {
            String target = Double.isNaN(r.target) ? "-" : "< " + format(r.target) + " " + r.unit;
            String result = Double.isNaN(r.target) ? "(info)" : r.value < r.target ? "PASS" : "MISS";
            out.append(String.format(Locale.ROOT, "%-62s %9s %-2s  %-40s %-11s %s%n", r.what, format(r.value), r.unit,
                    r.spread, target, result));
        }
        notes.forEach(n -> out.append(n).append('\n'));
        out.append("================== END TILLIT BENCHMARK ==================\n");
        return out.toString();
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
