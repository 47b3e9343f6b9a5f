package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.query.Autocoding;
import org.tillit.query.Extension;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.query.TextSpan;
import org.tillit.store.ProjectStoreException;

/** What autocoding would code: hits widened to sentence, paragraph or turn, merged; every turn of a speaker. */
class AutocodingTest extends StudyTestCase {

    private List<String> spans(String search, Extension extension) {
        return spanTexts(Autocoding.spans(study.store, TextSearch.search(study.store, SearchSpec.of(search)), extension));
    }

    private List<String> spanTexts(List<TextSpan> spans) {
        return spans.stream().map(s -> {
            try {
                String text = study.store.text(s.document());
                return text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()));
            } catch (ProjectStoreException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void hitsWidenedToTheirSentenceParagraphOrTurn() {
        assertEquals(List.of("resurser", "Resurser"), spans("resurser", Extension.NONE));
        assertEquals(List.of("Vi saknar resurser.", "Resurser saknas fortfarande."), spans("resurser", Extension.SENTENCE));
        assertEquals(List.of("Stödet är svagt."), spans("svagt", Extension.SENTENCE), "without the speaker's label");
        assertEquals(List.of("I: Hur är stödet?\nIP: Stödet är svagt. Vi saknar resurser.", StudyProject.MED1B),
                spans("resurser", Extension.PARAGRAPH));
        assertEquals(List.of("IP: Stödet är svagt. Vi saknar resurser.", "IP: Stödet har blivit bättre. Resurser saknas fortfarande."),
                spans("resurser", Extension.TURN));
    }

    @Test
    void hitsInOneParagraphBecomeOneSpan() {
        assertEquals(5, spans("stödet", Extension.PARAGRAPH).size());
        assertEquals(8, spans("stödet", Extension.NONE).size());
    }

    @Test
    void everyTurnOfASpeaker() {
        List<String> turns = spanTexts(Autocoding.turnsOf(study.store, "ip"));
        assertEquals(8, turns.size());
        assertEquals("IP: Vi har tillit men för lite tid. Stödet är bra.", turns.get(0));
        assertEquals(8, Autocoding.turnsOf(study.store, "I").size());
    }

    @Test
    void theSpeakersWithTheirTurnsAsTurnsOfCountsThem() {
        assertEquals(Map.of("I", 8, "IP", 8), Autocoding.speakers(study.store));
        assertEquals(List.of("I", "IP"), List.copyOf(Autocoding.speakers(study.store).keySet()));
        Autocoding.speakers(study.store).forEach((speaker, turns) ->
                assertEquals(turns, Autocoding.turnsOf(study.store, speaker).size(), speaker));
    }
}
