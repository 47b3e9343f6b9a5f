package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tillit.model.tests.WordSnapTest.covered;

import org.junit.jupiter.api.Test;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.Turn;
import org.tillit.model.text.TextLayout;
import org.tillit.model.text.TextPositions;
import org.tillit.model.text.TextRange;
import org.tillit.model.text.TextUnits;
import org.tillit.model.text.TranscriptTurns;

/** Sentences, paragraphs, turns and the whole document, from the stored structure, in code points. */
class TextUnitsTest {

    private static final String TEXT = "I: Hur upplever du stödet? Berätta gärna.\n"
            + "IP: Vi har tillit 😀 men för lite tid. Resurser saknas.\n\n"
            + "I: Och 𠀀-projektet?\n"
            + "IP: Det gick bra.  ";

    private static Document document(String text) {
        Document d = TillitFactory.eINSTANCE.createDocument();
        d.setLength(TextPositions.codePointLength(text));
        d.getLineStarts().addAll(TextLayout.lineStarts(text));
        d.getParagraphStarts().addAll(TextLayout.paragraphStarts(text));
        d.getTurns().addAll(TranscriptTurns.find(text));
        return d;
    }

    private static int at(String part) {
        return TextPositions.toCodePoint(TEXT, TEXT.indexOf(part));
    }

    @Test
    void sentencesEndAtTheirFullStopAndAtTheLine() {
        assertEquals("IP: Vi har tillit 😀 men för lite tid.", covered(TEXT, TextUnits.sentenceAt(TEXT, at("tillit"))));
        assertEquals("Resurser saknas.", covered(TEXT, TextUnits.sentenceAt(TEXT, at("saknas") + 2)));
        assertEquals("Resurser saknas.", covered(TEXT, TextUnits.sentenceAt(TEXT, at("saknas.") + 7)),
                "the end of a line belongs to its last sentence");
        assertEquals("Berätta gärna.", covered(TEXT, TextUnits.sentenceAt(TEXT, at("gärna"))));
        assertEquals("I: Och 𠀀-projektet?", covered(TEXT, TextUnits.sentenceAt(TEXT, at("projektet"))));
        TextRange blank = TextUnits.sentenceAt(TEXT, at("\n\n") + 1);
        assertTrue(blank.isEmpty());
    }

    @Test
    void paragraphsRunBetweenBlankLines() {
        Document d = document(TEXT);
        assertEquals("I: Hur upplever du stödet? Berätta gärna.\nIP: Vi har tillit 😀 men för lite tid. Resurser saknas.",
                covered(TEXT, TextUnits.paragraphAt(d, TEXT, at("tillit"))));
        assertEquals("I: Och 𠀀-projektet?\nIP: Det gick bra.", covered(TEXT, TextUnits.paragraphAt(d, TEXT, at("bra"))));
        assertEquals(TextUnits.paragraphAt(d, TEXT, 0), TextUnits.paragraphAt(d, TEXT, at("\n\n") + 1),
                "a blank line after a paragraph belongs to it");
        assertEquals(TextUnits.paragraphAt(d, TEXT, at("bra")), TextUnits.paragraphAt(d, TEXT, d.getLength()));
    }

    @Test
    void turnsComeFromTheStoredTurns() {
        Document d = document(TEXT);
        Turn turn = TextUnits.turnAt(d, at("tillit")).orElseThrow();
        assertEquals("IP", turn.getSpeaker());
        assertEquals("IP: Vi har tillit 😀 men för lite tid. Resurser saknas.", covered(TEXT, TextRange.of(turn)));
        assertEquals("I: Och 𠀀-projektet?", covered(TEXT, TextRange.of(TextUnits.turnAt(d, at("projektet")).orElseThrow())));
        String preamble = "Intervju 3, mars.\nI: Hej.\nIP: Hej hej.";
        assertTrue(TextUnits.turnAt(document(preamble), 3).isEmpty(), "no turn before the first");
    }

    @Test
    void theWholeDocumentIsItsLengthInCodePoints() {
        assertEquals(new TextRange(0, TEXT.codePointCount(0, TEXT.length())), TextUnits.wholeDocument(document(TEXT)));
    }
}
