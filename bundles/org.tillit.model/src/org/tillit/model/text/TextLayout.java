package org.tillit.model.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines and paragraphs of a stored plain text, as code point positions, so a quote can be cited
 * as "rad 112–118" without counting again.
 */
public final class TextLayout {

    private TextLayout() {
    }

    /** Where each line starts; line 1 starts at 0. */
    public static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int codePoint = 0;
        // Char by char, a surrogate pair counting once: an edit derives the lines of a long text again.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                codePoint++;
            }
            if (c == '\n') {
                starts.add(codePoint);
            }
        }
        return starts;
    }

    /** Where each paragraph starts: the first non-empty line after the start or an empty line. */
    public static List<Integer> paragraphStarts(String text) {
        List<Integer> lines = lineStarts(text);
        List<Integer> starts = new ArrayList<>();
        boolean afterEmpty = true;
        int lineIndex = 0;
        for (String line : text.split("\n", -1)) {
            boolean empty = line.isBlank();
            if (!empty && afterEmpty) {
                starts.add(lines.get(lineIndex));
            }
            afterEmpty = empty;
            lineIndex++;
        }
        return starts;
    }

    /** The 1-based number of the line or paragraph holding the code point, from its starts. */
    public static int numberAt(List<Integer> starts, int codePoint) {
        int[] array = starts.stream().mapToInt(Integer::intValue).toArray();
        int found = Arrays.binarySearch(array, codePoint);
        return found >= 0 ? found + 1 : Math.max(1, -found - 1);
    }
}
