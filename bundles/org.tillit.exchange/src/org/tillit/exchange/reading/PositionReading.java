package org.tillit.exchange.reading;

import java.util.List;

import org.tillit.exchange.reading.RefiRecords.Selection;

/** Chooses how a source's selections count line ends ({@link LineEndings}) and maps them. */
final class PositionReading {

    private final LineEndings endings;
    private final boolean countsTwo;

    private PositionReading(LineEndings endings, boolean countsTwo) {
        this.endings = endings;
        this.countsTwo = countsTwo;
    }

    static PositionReading choose(LineEndings endings, List<Selection> selections) {
        if (!endings.hadWindowsLineEnds()) {
            return new PositionReading(endings, true);
        }
        int[] codePoints = endings.text().codePoints().toArray();
        int two = 0;
        int one = 0;
        for (Selection s : selections) {
            if (!s.whole()) {
                two += score(codePoints, endings.fromTwo(s.start()), endings.fromTwo(s.end()));
                one += score(codePoints, s.start(), s.end());
            }
        }
        return new PositionReading(endings, two >= one);
    }

    /** 2 for a range that fits, 1 more for each end at a word boundary. */
    private static int score(int[] text, long start, long end) {
        if (start < 0 || end <= start || end > text.length) {
            return 0;
        }
        return 2 + (boundary(text, (int) start) ? 1 : 0) + (boundary(text, (int) end) ? 1 : 0);
    }

    private static boolean boundary(int[] text, int at) {
        return at == 0 || at == text.length || !Character.isLetterOrDigit(text[at - 1])
                || !Character.isLetterOrDigit(text[at]);
    }

    /** The position in the normalised text. */
    long map(long position) {
        return countsTwo ? endings.fromTwo(position) : position;
    }
}
