package org.tillit.query;

import org.tillit.model.text.CodePointIndex;

/**
 * A document's text with its code point positions indexed once ({@link CodePointIndex}), so that
 * cutting out many segments costs no scan from the start each time ({@code TextPositions.toUtf16} does).
 */
final class IndexedText {

    private final String text;
    private final CodePointIndex positions;

    IndexedText(String text) {
        this.text = text;
        this.positions = CodePointIndex.of(text);
    }

    String text() {
        return text;
    }

    /** Length in code points. */
    int length() {
        return positions.codePointLength();
    }

    int utf16(int codePoint) {
        return positions.toUtf16(Math.max(0, Math.min(codePoint, length())));
    }

    /** The code point position of a UTF-16 index. */
    int codePoint(int utf16Index) {
        return positions.toCodePoint(utf16Index);
    }

    /** The text between two code point positions (end exclusive), clipped to the text. */
    String between(int start, int end) {
        return text.substring(utf16(start), utf16(Math.max(start, end)));
    }

    int codePointAt(int codePoint) {
        return text.codePointAt(utf16(codePoint));
    }
}
