package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tillit.model.text.TextPositions;
import org.tillit.model.text.TextRange;
import org.tillit.model.text.WordSnap;

/** Selections snap to whole words in any script, in code points. */
class WordSnapTest {

    /** What the snapped selection covers, given a selection written as code point positions. */
    static String covered(String text, TextRange range) {
        return text.substring(TextPositions.toUtf16(text, range.start()), TextPositions.toUtf16(text, range.end()));
    }

    private static String snap(String text, String selected, int offsetInSelection, int length) {
        int at = TextPositions.toCodePoint(text, text.indexOf(selected)) + offsetInSelection;
        return covered(text, WordSnap.snap(text, at, at + length));
    }

    @Test
    void aSelectionInsideWordsTakesTheWholeWords() {
        String text = "Vi har tillit men för lite tid.";
        assertEquals("tillit men", snap(text, "tillit", 2, 6));
        assertEquals("för", snap(text, "för", 1, 1));
        assertEquals("tid", snap(text, "tid", 0, 3), "punctuation after a word is not part of it");
    }

    @Test
    void swedishLettersAreLetters() {
        String text = "Återkoppling från närmaste chef är ömsesidig.";
        assertEquals("Återkoppling", snap(text, "Återkoppling", 3, 2));
        assertEquals("närmaste", snap(text, "närmaste", 1, 0));
        assertEquals("är ömsesidig", snap(text, " är", 2, 4));
    }

    @Test
    void spacesAtEitherEndAreDroppedAndOnlySpacesSelectNothing() {
        String text = "ett  två  tre";
        assertEquals("två", covered(text, WordSnap.snap(text, 3, 10)));
        TextRange spaces = WordSnap.snap(text, 3, 5);
        assertEquals(0, spaces.length());
    }

    @Test
    void anEmptySelectionTakesTheWordItTouches() {
        String text = "tillit och kontroll";
        assertEquals("och", covered(text, WordSnap.snap(text, 8, 8)));
        assertEquals("tillit", covered(text, WordSnap.snap(text, 6, 6)), "just after a word");
        assertEquals("och", covered(text, WordSnap.snap(text, 7, 7)), "just before a word");
    }

    @Test
    void apostrophesAndHyphensInsideWordsJoinThem() {
        String text = "Anna-Karin said it's fine - really 'quoted'";
        assertEquals("Anna-Karin", snap(text, "Anna", 1, 1));
        assertEquals("it's", snap(text, "it's", 0, 1));
        assertEquals("fine", snap(text, "fine", 3, 1), "a dash between spaces joins nothing");
        assertEquals("quoted", snap(text, "quoted", 1, 1), "quotes around a word are not part of it");
    }

    @Test
    void charactersOutsideTheBmpAndCombiningMarksCountInCodePoints() {
        String text = "Hon sa 😀 sen 𠀀𠀁字 och cafe\u0301 e\u0301tait";
        assertEquals("𠀀𠀁字", snap(text, "𠀀𠀁字", 1, 1), "CJK letters outside the BMP make a word");
        assertEquals("sen", snap(text, "sen", 1, 1));
        assertEquals("😀 sen", snap(text, "😀", 0, 3), "an emoji selected is kept");
        assertEquals("cafe\u0301", snap(text, "cafe", 1, 1), "the combining accent belongs to the word");
        assertEquals("e\u0301tait", snap(text, "e\u0301tait", 1, 0), "starting inside at the accent");
        TextRange emojiAlone = WordSnap.snap(text, 7, 7);
        assertEquals(0, emojiAlone.length(), "no word at an emoji");
    }

    @Test
    void aLineBreakIsNeverCrossedUnlessSelected() {
        String text = "slutet\nbörjan";
        assertEquals("slutet", covered(text, WordSnap.snap(text, 3, 6)));
        assertEquals("slutet\nbörjan", covered(text, WordSnap.snap(text, 3, 9)));
        String marked = "ord\n\u0301ord";
        assertEquals("ord", covered(marked, WordSnap.snap(marked, 1, 2)));
    }

    @Test
    void aSelectionOutsideTheTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> WordSnap.snap("kort", 2, 9));
    }
}
