package org.tillit.exchange.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Texts with Windows line ends ({@code \r\n}): Tillit keeps {@code \n} only, and exporters count
 * a {@code \r\n} as two characters (as the file has it) or as one (as their editor showed it).
 * Which one a source's selections use is told by trying both: the reading under which more
 * selections fit into the text and begin and end at word boundaries wins; a tie counts two.
 */
public final class LineEndings {

    /** Code point index (in the text as written) of each {@code \n} that follows a {@code \r}. */
    private final int[] pairEnds;
    private final String normalised;

    private LineEndings(int[] pairEnds, String normalised) {
        this.pairEnds = pairEnds;
        this.normalised = normalised;
    }

    public static LineEndings of(String text) {
        List<Integer> ends = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    ends.add(codePoint + 1);
                    out.append('\n');
                    i++;
                    codePoint += 2;
                    continue;
                }
                out.append('\n');
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(text.charAt(++i));
                }
            }
            codePoint++;
        }
        return new LineEndings(ends.stream().mapToInt(Integer::intValue).toArray(), out.toString());
    }

    /** The text with {@code \n} line ends only. */
    public String text() {
        return normalised;
    }

    public boolean hadWindowsLineEnds() {
        return pairEnds.length > 0;
    }

    /** A position counting {@code \r\n} as two, in the normalised text. */
    public long fromTwo(long position) {
        int low = 0;
        int high = pairEnds.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pairEnds[middle] < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return position - low;
    }
}
