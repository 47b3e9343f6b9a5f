package org.tillit.query.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Krippendorff's alpha for unitized continua (Krippendorff 1995; Content Analysis, 2004, ch. 12),
 * for one code (one category) and any number of coders: each coder divides every document into
 * units of the code and the gaps between them; the observed disagreement weighs each pair of
 * overlapping sections of two coders by how far their beginnings and ends lie apart (a unit against
 * a gap that holds it: its length, squared); the expected disagreement is the one of all ways to
 * place the same units into the same gaps. Documents are stretches of one continuum: a gap never
 * runs from one document into the next.
 */
public final class UnitizedAlpha {

    /** The disagreements of one code, kept apart so that several codes can be pooled. */
    public record Disagreement(double observed, double expected) {

        public static final Disagreement NONE = new Disagreement(0, 0);

        /** 1 − observed/expected; 1 where both are 0 and nothing was coded differently; NaN when nothing was coded. */
        public double alpha() {
            if (expected == 0) {
                return Double.NaN;
            }
            return 1 - observed / expected;
        }

        public Disagreement plus(Disagreement other) {
            return new Disagreement(observed + other.observed, expected + other.expected);
        }
    }

    private UnitizedAlpha() {
    }

    /**
     * The disagreement of the coders' units of one code.
     *
     * @param lengths each document's length in characters
     * @param spans per document, per coder, the coder's units of the code in it
     */
    public static Disagreement of(long[] lengths, List<List<Spans>> spans) {
        int coders = spans.isEmpty() ? 0 : spans.get(0).size();
        long total = 0;
        for (long length : lengths) {
            total += length;
        }
        if (coders < 2 || total == 0) {
            return Disagreement.NONE;
        }
        double observed = 0;
        for (int d = 0; d < lengths.length; d++) {
            List<Spans> coded = spans.get(d);
            for (int first = 0; first < coders; first++) {
                for (int second = first + 1; second < coders; second++) {
                    observed += pairDistance(lengths[d], coded.get(first), coded.get(second));
                }
            }
        }
        observed = 2 * observed / ((double) coders * (coders - 1) * total * total);
        return new Disagreement(observed, expected(lengths, spans, coders, total));
    }

    /** The sum of the distances of the overlapping sections of two coders in one document. */
    private static double pairDistance(long length, Spans first, Spans second) {
        List<Section> a = Section.of(length, first);
        List<Section> b = Section.of(length, second);
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            sum += a.get(i).distance(b.get(j));
            long endA = a.get(i).end();
            long endB = b.get(j).end();
            if (endA <= endB) {
                i++;
            }
            if (endB <= endA) {
                j++;
            }
        }
        return sum;
    }

    private static double expected(long[] lengths, List<List<Spans>> spans, int coders, long total) {
        List<Long> units = new ArrayList<>();
        List<Long> gapList = new ArrayList<>();
        for (int d = 0; d < lengths.length; d++) {
            for (Spans coded : spans.get(d)) {
                for (Section section : Section.of(lengths[d], coded)) {
                    (section.unit() ? units : gapList).add(section.length());
                }
            }
        }
        if (units.isEmpty()) {
            return 0;
        }
        Gaps gaps = new Gaps(gapList);
        double unitPairs = 0;
        double sum = 0;
        for (long l : units) {
            unitPairs += (double) l * (l - 1);
            sum += (units.size() - 1) * (2.0 * l * l * l - 3.0 * l * l + l) / 3;
            sum += (double) l * l * gaps.placements(l);
        }
        double all = (double) coders * total;
        return 2 * sum / total / (all * (all - 1) - unitPairs);
    }

    /** The gaps' lengths sorted, with sums from the longest down, to count placements in one search. */
    private static final class Gaps {

        private final long[] sorted;
        /** fromHere[i]: the sum of sorted[i..]. */
        private final double[] fromHere;

        Gaps(List<Long> lengths) {
            sorted = lengths.stream().mapToLong(Long::longValue).sorted().toArray();
            fromHere = new double[sorted.length + 1];
            for (int i = sorted.length - 1; i >= 0; i--) {
                fromHere[i] = fromHere[i + 1] + sorted[i];
            }
        }

        /** In how many places a unit of this length fits into the gaps: the sum of g − l + 1 over gaps g ≥ l. */
        double placements(long length) {
            int first = firstAtLeast(length);
            int count = sorted.length - first;
            return fromHere[first] - (double) (length - 1) * count;
        }

        /** The index of the first gap at least this long (the number of gaps when none is). */
        private int firstAtLeast(long length) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[middle] < length) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /** A stretch of one coder's division of a document: a unit of the code, or a gap. */
    private record Section(long start, long end, boolean unit) {

        long length() {
            return end - start;
        }

        static List<Section> of(long length, Spans spans) {
            List<Section> sections = new ArrayList<>();
            long at = 0;
            for (int u = 0; u < spans.count(); u++) {
                if (spans.start(u) > at) {
                    sections.add(new Section(at, spans.start(u), false));
                }
                sections.add(new Section(spans.start(u), spans.end(u), true));
                at = spans.end(u);
            }
            if (at < length) {
                sections.add(new Section(at, length, false));
            }
            return sections;
        }

        /** The squared distance of two sections that overlap, as Krippendorff defines it. */
        double distance(Section other) {
            if (unit && other.unit) {
                double begins = start - other.start;
                double ends = end - other.end;
                return begins * begins + ends * ends;
            }
            if (unit && other.start <= start && end <= other.end) {
                return (double) length() * length();
            }
            if (other.unit && start <= other.start && other.end <= end) {
                return (double) other.length() * other.length();
            }
            return 0;
        }
    }
}
