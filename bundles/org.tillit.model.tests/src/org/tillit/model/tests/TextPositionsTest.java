package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tillit.model.text.TextPositions;

class TextPositionsTest {

    /** "Å" + an emoji outside the BMP (two UTF-16 units) + "ö". */
    private static final String TEXT = "Å\uD83D\uDE00ö";

    @Test
    void countsCodePointsNotUtf16Units() {
        assertEquals(4, TEXT.length());
        assertEquals(3, TextPositions.codePointLength(TEXT));
    }

    @Test
    void convertsCodePointPositionsToUtf16IndexesAndBack() {
        assertEquals(0, TextPositions.toUtf16(TEXT, 0));
        assertEquals(1, TextPositions.toUtf16(TEXT, 1));
        assertEquals(3, TextPositions.toUtf16(TEXT, 2), "the emoji takes two UTF-16 units");
        assertEquals(4, TextPositions.toUtf16(TEXT, 3), "the end position maps to the string length");
        assertEquals(2, TextPositions.toCodePoint(TEXT, 3));
        assertEquals(3, TextPositions.toCodePoint(TEXT, 4));
    }

    @Test
    void rejectsPositionsOutsideTheText() {
        assertThrows(IndexOutOfBoundsException.class, () -> TextPositions.toUtf16(TEXT, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> TextPositions.toUtf16(TEXT, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> TextPositions.toCodePoint(TEXT, 5));
    }
}
