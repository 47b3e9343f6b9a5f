package org.tillit.model.text;

/**
 * Converts between the positions Tillit stores (Unicode code points from 0, as REFI-QDA defines
 * them) and Java's UTF-16 indexes. Conversion happens only at the boundary to widgets and strings.
 */
public final class TextPositions {

    private TextPositions() {
    }

    /** Number of code points in the text: the length stored for a document. */
    public static int codePointLength(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** UTF-16 index of the given code point position; the text length for the end position. */
    /** The text between two code point positions (end exclusive). */
    public static String substring(String text, int start, int end) {
        return text.substring(toUtf16(text, start), toUtf16(text, end));
    }

    public static int toUtf16(CharSequence text, int codePoint) {
        if (codePoint < 0) {
            throw new IndexOutOfBoundsException("negative code point position " + codePoint);
        }
        return Character.offsetByCodePoints(text, 0, codePoint);
    }

    /** Code point position of a UTF-16 index; an index inside a surrogate pair counts as its start. */
    public static int toCodePoint(CharSequence text, int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IndexOutOfBoundsException("UTF-16 index " + utf16Index + " outside 0.." + text.length());
        }
        return Character.codePointCount(text, 0, utf16Index);
    }
}
