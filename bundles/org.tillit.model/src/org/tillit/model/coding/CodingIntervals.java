package org.tillit.model.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The codings of one document, indexed by position, so that a view asks only for what it shows:
 * the codings over a visible region, or at the caret. The text is cut into fixed buckets and each
 * coding is listed in the buckets it spans; a query reads only the buckets it touches. Immutable.
 */
public final class CodingIntervals {

    private static final int BUCKET = 2048;
    private static final Comparator<CodingSpan> IN_TEXT = Comparator.comparingInt(CodingSpan::start)
            .thenComparing(Comparator.comparingInt(CodingSpan::end).reversed());

    private final List<CodingSpan> spans;
    private final int[][] buckets;

    private CodingIntervals(List<CodingSpan> spans, int[][] buckets) {
        this.spans = spans;
        this.buckets = buckets;
    }

    public static CodingIntervals of(List<CodingSpan> codings) {
        List<CodingSpan> sorted = new ArrayList<>(codings);
        sorted.sort(IN_TEXT);
        int lastEnd = sorted.stream().mapToInt(CodingSpan::end).max().orElse(0);
        int[] sizes = new int[lastEnd / BUCKET + 1];
        for (CodingSpan span : sorted) {
            for (int b = firstBucket(span); b <= lastBucket(span); b++) {
                sizes[b]++;
            }
        }
        int[][] buckets = new int[sizes.length][];
        for (int b = 0; b < sizes.length; b++) {
            buckets[b] = new int[sizes[b]];
        }
        int[] filled = new int[sizes.length];
        for (int i = 0; i < sorted.size(); i++) {
            CodingSpan span = sorted.get(i);
            for (int b = firstBucket(span); b <= lastBucket(span); b++) {
                buckets[b][filled[b]++] = i;
            }
        }
        return new CodingIntervals(List.copyOf(sorted), buckets);
    }

    /** Every coding, in text order (by start, the longer first). */
    public List<CodingSpan> all() {
        return spans;
    }

    public int size() {
        return spans.size();
    }

    /** The codings that share at least one character with [from, to), in text order. */
    public List<CodingSpan> overlapping(int from, int to) {
        if (from >= to || spans.isEmpty()) {
            return List.of();
        }
        int first = Math.max(0, from / BUCKET);
        int last = Math.min(buckets.length - 1, (to - 1) / BUCKET);
        if (first > last) {
            return List.of();
        }
        int[] indexes = indexesIn(first, last);
        List<CodingSpan> found = new ArrayList<>();
        int previous = -1;
        for (int index : indexes) {
            CodingSpan span = spans.get(index);
            if (index != previous && span.overlaps(from, to)) {
                found.add(span);
            }
            previous = index;
        }
        return found;
    }

    /** The codings that cover the character at a position, the shortest (most specific) first. */
    public List<CodingSpan> at(int position) {
        List<CodingSpan> found = new ArrayList<>(overlapping(position, position + 1));
        found.sort(Comparator.comparingInt(CodingSpan::length));
        return found;
    }

    /** The first coding starting after a position, or -1 when none; for "next coding". */
    public int indexOfFirstStartingAfter(int position) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans.get(middle).start() <= position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low < spans.size() ? low : -1;
    }

    private int[] indexesIn(int first, int last) {
        if (first == last) {
            return buckets[first];
        }
        int total = 0;
        for (int b = first; b <= last; b++) {
            total += buckets[b].length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int b = first; b <= last; b++) {
            System.arraycopy(buckets[b], 0, all, at, buckets[b].length);
            at += buckets[b].length;
        }
        Arrays.sort(all); // text order, and a coding in several buckets comes out adjacent
        return all;
    }

    private static int firstBucket(CodingSpan span) {
        return span.start() / BUCKET;
    }

    private static int lastBucket(CodingSpan span) {
        return Math.max(span.start(), span.end() - 1) / BUCKET;
    }
}
