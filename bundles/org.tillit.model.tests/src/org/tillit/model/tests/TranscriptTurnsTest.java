package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.model.Turn;
import org.tillit.model.text.TextPositions;
import org.tillit.model.text.TranscriptTurns;

class TranscriptTurnsTest {

    private static List<String> speakers(String text) {
        return TranscriptTurns.find(text).stream().map(Turn::getSpeaker).toList();
    }

    @Test
    void usualInterviewLabelsAndTheirTurns() {
        String text = "I: Hur länge har du arbetat här?\nIP: I sju år.\nDet var så här: först kom reformen.\nI: Och sedan?";
        List<Turn> turns = TranscriptTurns.find(text);
        assertEquals(List.of("I", "IP", "I"), turns.stream().map(Turn::getSpeaker).toList());
        Turn answer = turns.get(1);
        String turnText = text.substring(TextPositions.toUtf16(text, answer.getStart()), TextPositions.toUtf16(text, answer.getEnd()));
        assertEquals("IP: I sju år.\nDet var så här: först kom reformen.", turnText, "a turn runs to the next one");
    }

    @Test
    void namesCountWhenTheyRecurButOneOffPhrasesDoNot() {
        assertEquals(List.of("Anna", "Intervjuare", "Anna"),
                speakers("Anna: Vi fick mer tid.\nIntervjuare: Berätta mer.\nAnna: Stödet kom sent.\nSå här: inget mer."));
    }

    @Test
    void timestampsBeforeOrAfterTheSpeakerAreKept() {
        List<Turn> turns = TranscriptTurns.find("[00:12:31] I: Välkommen.\nIP: (00:12:40) Tack.\n00:13:02 I: Första frågan.");
        assertEquals(List.of("00:12:31", "00:12:40", "00:13:02"), turns.stream().map(Turn::getTimestamp).toList());
        assertEquals(List.of("I", "IP", "I"), turns.stream().map(Turn::getSpeaker).toList());
    }

    @Test
    void textWithoutSpeakersHasNoTurns() {
        assertTrue(speakers("En vanlig rapport.\nMed två rader: och ett kolon.").isEmpty());
        assertNull(TranscriptTurns.find("I: fråga").get(0).getTimestamp());
    }

    @Test
    void positionsAreCodePoints() {
        String text = "I: 😀 hej\nIP: svar";
        Turn second = TranscriptTurns.find(text).get(1);
        assertEquals(9, second.getStart());
        assertEquals(17, second.getEnd());
    }
}
