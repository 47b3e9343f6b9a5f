package org.tillit.query.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One coder's coding of one code in one document as the characters it covers: ranges sorted and
 * merged, so that a coder's overlapping or adjacent codings of a code count each character once
 * (code points, end exclusive).
 */
public final class Spans {

    private static final Spans NONE = new Spans(new int[0]);

    /** Starts and ends, alternating: start0, end0, start1, end1, ... strictly increasing. */
    private final int[] bounds;

    private Spans(int[] bounds) {
        this.bounds = bounds;
    }

    public static Spans none() {
        return NONE;
    }

    /** The characters the ranges cover; each range is {start, end}, empty ones are left out. */
    public static Spans of(List<int[]> ranges) {
        int[][] sorted = ranges.stream().filter(r -> r[1] > r[0]).sorted(Comparator.comparingInt(r -> r[0]))
                .toArray(int[][]::new);
        List<Integer> merged = new ArrayList<>();
        for (int[] range : sorted) {
            int last = merged.size() - 1;
            if (last > 0 && range[0] <= merged.get(last)) {
                merged.set(last, Math.max(merged.get(last), range[1]));
            } else {
                merged.add(range[0]);
                merged.add(range[1]);
            }
        }
        return new Spans(merged.stream().mapToInt(Integer::intValue).toArray());
    }

    public int count() {
        return bounds.length / 2;
    }

    public int start(int unit) {
        return bounds[2 * unit];
    }

    public int end(int unit) {
        return bounds[2 * unit + 1];
    }

    /** How many characters the spans cover. */
    public long length() {
        long length = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            length += bounds[i + 1] - bounds[i];
        }
        return length;
    }

    /** How many characters both these and the others cover. */
    public long overlap(Spans other) {
        long both = 0;
        int i = 0;
        int j = 0;
        while (i < count() && j < other.count()) {
            int from = Math.max(start(i), other.start(j));
            int to = Math.min(end(i), other.end(j));
            if (to > from) {
                both += to - from;
            }
            if (end(i) < other.end(j)) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    /** The characters these cover and the others do not, as ranges {start, end} in order. */
    public List<int[]> minus(Spans other) {
        List<int[]> left = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < count(); i++) {
            int from = start(i);
            int to = end(i);
            while (j < other.count() && other.end(j) <= from) {
                j++;
            }
            int k = j;
            while (from < to) {
                if (k >= other.count() || other.start(k) >= to) {
                    left.add(new int[] { from, to });
                    break;
                }
                if (other.start(k) > from) {
                    left.add(new int[] { from, other.start(k) });
                }
                from = Math.max(from, other.end(k));
                k++;
            }
        }
        return left;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Spans spans && Arrays.equals(bounds, spans.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return Arrays.toString(bounds);
    }
}
