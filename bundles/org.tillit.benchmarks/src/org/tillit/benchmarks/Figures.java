package org.tillit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measured figures as a table, each with its target (if the issue sets one) and PASS/MISS. */
final class Figures {

    /** Timings of repeated runs of one operation, in nanoseconds. */
    static final class Samples {
        private final long[] nanos;
        private int n;

        Samples(int capacity) {
            nanos = new long[capacity];
        }

        void add(long elapsedNanos) {
            nanos[n++] = elapsedNanos;
        }

        int count() {
            return n;
        }

        /** Nearest-rank percentile in milliseconds. */
        double percentileMs(double p) {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }

        double medianMs() {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            return n % 2 == 1 ? sorted[n / 2] / 1e6 : (sorted[n / 2 - 1] + sorted[n / 2]) / 2e6;
        }

        double maxMs() {
            return Arrays.stream(nanos, 0, n).max().orElse(0) / 1e6;
        }
    }

    private record Row(String what, String unit, double value, String spread, double target) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A single figure (lower is better) and its target, NaN for none. */
    void single(String what, String unit, double value, double target) {
        single(what, unit, value, "", target);
    }

    void single(String what, String unit, double value, String spread, double target) {
        rows.add(new Row(what, unit, value, spread, target));
    }

    /** The median of the samples, with p90 and max beside it, against a target for the median. */
    void timed(String what, Samples samples, double targetMs) {
        timed(what, samples, "", targetMs);
    }

    /** As {@link #timed(String, Samples, double)}, with more in the spread column. */
    void timed(String what, Samples samples, String more, double targetMs) {
        rows.add(new Row(what + " (n=" + samples.count() + ")", "ms", samples.medianMs(),
                String.format(Locale.ROOT, "p90 %.2f, max %.2f", samples.percentileMs(90), samples.maxMs()) + more,
                targetMs));
    }

    void note(String line) {
        notes.add(line);
    }

    boolean allPass() {
        return rows.stream().allMatch(r -> Double.isNaN(r.target) || r.value < r.target);
    }

    String table(List<String> header) {
        StringBuilder out = new StringBuilder();
        out.append("==================== TILLIT BENCHMARK ====================\n");
        header.forEach(h -> out.append(h).append('\n'));
        out.append(String.format(Locale.ROOT, "%-58s %12s  %-36s %-11s %s%n", "measure", "median/value", "spread",
                "target", "result"));
        for (Row r : rows) {
            String target = Double.isNaN(r.target) ? "-" : "< " + format(r.target) + " " + r.unit;
            String result = Double.isNaN(r.target) ? "(info)" : r.value < r.target ? "PASS" : "MISS";
            out.append(String.format(Locale.ROOT, "%-58s %9s %-2s  %-36s %-11s %s%n", r.what, format(r.value), r.unit,
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
