package org.tillit.ui.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;


/**
 * Coding ranges as a busy coder leaves them: a long passage with shorter codings nested inside it,
 * chains of codings that overlap or adjoin, and single ones; 20 to 3,000 code points each.
 */
final class OverlappingCodings {

    /** A range (code points, end exclusive) and which of the codes codes it. */
    record Range(int start, int end, int code) {
    }

    private static final int SHORTEST = 20;
    private static final int LONGEST = 3_000;

    private final Random random;
    private final int codes;

    OverlappingCodings(Random random, int codes) {
        this.random = random;
        this.codes = codes;
    }

    /** Exactly {@code count} ranges inside a text of {@code length} code points. */
    List<Range> ranges(int length, int count) {
        List<Range> ranges = new ArrayList<>(count);
        while (ranges.size() < count) {
            int pattern = random.nextInt(10);
            if (pattern < 4) {
                nested(length, ranges);
            } else if (pattern < 7) {
                chained(length, ranges);
            } else {
                ranges.add(at(random.nextInt(length - 800), SHORTEST + skewed(780), random.nextInt(codes)));
            }
        }
        return ranges.subList(0, count);
    }

    private void nested(int length, List<Range> ranges) {
        int outerLength = 600 + random.nextInt(LONGEST - 600 + 1);
        int outerCode = random.nextInt(codes);
        Range outer = at(random.nextInt(length - outerLength), outerLength, outerCode);
        ranges.add(outer);
        for (int inner = 1 + random.nextInt(3); inner > 0; inner--) {
            int innerLength = SHORTEST + random.nextInt(outerLength / 2);
            int start = outer.start() + random.nextInt(outerLength - innerLength + 1);
            ranges.add(at(start, innerLength, (outerCode + 1 + random.nextInt(codes - 1)) % codes));
        }
    }

    private void chained(int length, List<Range> ranges) {
        int start = random.nextInt(length - 4 * 600);
        for (int link = 2 + random.nextInt(3); link > 0; link--) {
            Range range = at(start, 80 + random.nextInt(521), random.nextInt(codes));
            ranges.add(range);
            // the next one starts inside this one (they overlap) or where it ends (they adjoin)
            start = random.nextBoolean() ? range.end() - random.nextInt(range.end() - range.start() - 1) - 1 : range.end();
        }
    }

    /** Mostly short, sometimes long: a power of the uniform distribution. */
    private int skewed(int upTo) {
        return (int) (Math.pow(random.nextDouble(), 2) * upTo);
    }

    private static Range at(int start, int length, int code) {
        return new Range(start, start + length, code);
    }
}
