package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tillit.importer.tika.TextNormalizer;

/** Codings point into the normalised text: it must come out the same, character for character. */
class TextNormalizerTest {

    @Test
    void bomsCarriageReturnsAndTrailingBlanksGo() {
        assertEquals("I: Hej\nIP: Hallå\n\nSlut",
                TextNormalizer.normalize("\uFEFFI: Hej\r\nIP: Hallå \t\r\n\r\n\r\n\r\nSlut\u00A0\u00A0"));
    }

    @Test
    void atMostOneEmptyLineBetweenParagraphsAndNoneAtTheEnds() {
        assertEquals("a\n\nb\nc\n\nd", TextNormalizer.normalize("  \n\n a  \n \u00A0\n\n\n\nb\rc\r\r\r\rd \t"));
        assertEquals("ett\n\ntvå\n\ntre\n\nfyra", TextNormalizer.normalize("ett\n\ntvå\n\n\ntre\n\n\n\n\nfyra"));
        assertEquals("", TextNormalizer.normalize(""));
    }

    @Test
    void lettersAreComposedEvenWithABomInBetween() {
        assertEquals("Värdegrund\u0308 och ångest",
                TextNormalizer.normalize("Va\u0308rdegrund\uFEFF\u0308 och a\u030Angest\n\n\n"));
        assertEquals("bä", TextNormalizer.normalize("ba\uFEFF\u0308"));
    }

    @Test
    void onlyBlanksAtLineEndsGoNotOtherSpaces() {
        assertEquals("\u00A0ledande blanksteg\nrad\u2028med radskiljare",
                TextNormalizer.normalize("\u00A0ledande blanksteg\u00A0\nrad\u2028med radskiljare \u3000\n\t\n"));
        assertEquals("x \u3000\ny", TextNormalizer.normalize("x \u3000\ny"));
    }
}
