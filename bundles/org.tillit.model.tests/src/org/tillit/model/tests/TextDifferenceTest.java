package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tillit.model.text.TextDifference;

class TextDifferenceTest {

    @Test
    void findsOnlyTheChangedMiddle() {
        assertEquals(new TextDifference(11, 0, "extern "),
                TextDifference.between("stöd av en processledare", "stöd av en extern processledare"));
        assertEquals(new TextDifference(4, 19, ""), TextDifference.between("Den kändes som kontroll, inte", "Den , inte"));
    }

    @Test
    void aRepeatedLetterIsNotCountedTwice() {
        // "aa" -> "a": the common beginning and end may not overlap
        assertEquals(new TextDifference(1, 1, ""), TextDifference.between("aa", "a"));
        assertEquals(new TextDifference(4, 0, ""), TextDifference.between("same", "same"), "nothing changed: an empty change at the end");
        assertEquals(new TextDifference(0, 3, "xyz"), TextDifference.between("abc", "xyz"));
    }
}
