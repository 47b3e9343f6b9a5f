package org.tillit.query;

import java.util.Arrays;

/**
 * A document's text with its code point positions mapped to UTF-16 indexes once, so that cutting
 * out many segments costs no scan from the start each time ({@code TextPositions.toUtf16} does).
 */
final class IndexedText {

    private final String text;
    /** UTF-16 index of each code point position (and of the end); null when the two are the same. */
    private final int[] utf16;

    IndexedText(String text) {
        this.text = text;
        int length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            utf16 = null;
        } else {
            utf16 = new int[length + 1];
            int index = 0;
            for (int cp = 0; cp < length; cp++) {
                utf16[cp] = index;
                index += Character.charCount(text.codePointAt(index));
            }
            utf16[length] = text.length();
        }
    }

    String text() {
        return text;
    }

    /** Length in code points. */
    int length() {
        return utf16 == null ? text.length() : utf16.length - 1;
    }

    int utf16(int codePoint) {
        int cp = Math.max(0, Math.min(codePoint, length()));
        return utf16 == null ? cp : utf16[cp];
    }

    /** The code point position of a UTF-16 index. */
    int codePoint(int utf16Index) {
        if (utf16 == null) {
            return utf16Index;
        }
        int found = Arrays.binarySearch(utf16, utf16Index);
        return found >= 0 ? found : -found - 2;
    }

    /** The text between two code point positions (end exclusive), clipped to the text. */
    String between(int start, int end) {
        return text.substring(utf16(start), utf16(Math.max(start, end)));
    }

    int codePointAt(int codePoint) {
        return text.codePointAt(utf16(codePoint));
    }
}
