package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.text.TextLayout;

class TextLayoutTest {

    /** An emoji (two UTF-16 units) on line 2 shifts UTF-16 but not code point positions. */
    private static final String TEXT = "Rad ett\n😀 två\n\nTredje stycket\nfortsätter";

    @Test
    void linesStartAfterEachLineBreakInCodePoints() {
        assertEquals(List.of(0, 8, 14, 15, 30), TextLayout.lineStarts(TEXT));
    }

    @Test
    void paragraphsAreSeparatedByEmptyLines() {
        assertEquals(List.of(0, 15), TextLayout.paragraphStarts(TEXT));
    }

    @Test
    void aPositionIsCitedByItsLineNumber() {
        List<Integer> lines = TextLayout.lineStarts(TEXT);
        assertEquals(1, TextLayout.numberAt(lines, 0));
        assertEquals(1, TextLayout.numberAt(lines, 7));
        assertEquals(2, TextLayout.numberAt(lines, 8));
        assertEquals(4, TextLayout.numberAt(lines, 20));
        assertEquals(5, TextLayout.numberAt(lines, 35));
    }
}
