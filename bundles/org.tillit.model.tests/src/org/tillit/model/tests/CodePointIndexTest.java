package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tillit.model.text.CodePointIndex;
import org.tillit.model.text.TextPositions;

class CodePointIndexTest {

    @Test
    void agreesWithTheLinearConversionOnMixedText() {
        String[] pieces = { "a", "å", "Ö", "\uD83D\uDE00", "\uD840\uDC0B", "e\u0301", "\n", "漢", " " };
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        CodePointIndex index = CodePointIndex.of(text);
        int length = TextPositions.codePointLength(text);
        assertEquals(length, index.codePointLength());
        for (int cp = 0; cp <= length; cp++) {
            int utf16 = TextPositions.toUtf16(text, cp);
            assertEquals(utf16, index.toUtf16(cp), "code point " + cp);
            assertEquals(cp, index.toCodePoint(utf16), "UTF-16 index " + utf16);
        }
    }

    @Test
    void anIndexInsideASurrogatePairCountsAsItsStart() {
        CodePointIndex index = CodePointIndex.of("x\uD83D\uDE00y");
        assertEquals(1, index.toCodePoint(2));
        assertEquals(2, index.toCodePoint(3));
        assertEquals(3, index.toUtf16(2));
    }

    @Test
    void rejectsPositionsOutsideTheText() {
        CodePointIndex index = CodePointIndex.of("ab\uD83D\uDE00");
        assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(4));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toUtf16(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.toCodePoint(5));
    }
}
