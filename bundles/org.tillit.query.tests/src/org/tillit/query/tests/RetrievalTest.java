package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.tillit.query.tests.StudyProject.CHEF1;
import static org.tillit.query.tests.StudyProject.MED1;
import static org.tillit.query.tests.StudyProject.MED1B;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.model.CodeSet;
import org.tillit.query.ContextSpec;
import org.tillit.query.Retrieval;
import org.tillit.query.Segment;
import org.tillit.query.SegmentFilter;
import org.tillit.query.WhereParser;

/** Segments by code, sub-codes, code set, documents, cases, attributes, coder, speaker and text, with citations and context. */
class RetrievalTest extends StudyTestCase {

    @Test
    void aCodeAloneOrWithItsSubcodesInDocumentOrder() {
        assertEquals(List.of("Hur är stödet", "Vi har tillit", "Stödet från chefen är gott", "Stödet har blivit bättre",
                "Stödet är okänt"), texts(segments(new SegmentFilter().code(study.stod))));
        assertEquals(List.of("Hur är stödet", "Vi har tillit", "Stödet är bra", "Vi saknar resurser",
                "Stödet från chefen är gott", "Stödet har blivit bättre", "Resurser saknas", "Stödet är okänt"),
                texts(segments(new SegmentFilter().code(study.stod).withSubcodes(true))));
    }

    @Test
    void aSubcodeWithItsParentsLabelHasItsOwnPath() {
        Segment segment = segments(new SegmentFilter().code(study.stodUnderStod)).get(0);
        assertEquals("Stöd/Stöd", segment.codePath());
        assertEquals("Stöd", segments(new SegmentFilter().code(study.stod)).get(0).codePath());
    }

    @Test
    void respondentsOnlyLeavesTheInterviewerOut() {
        assertEquals(4, segments(new SegmentFilter().code(study.stod).respondentsOnly(true)).size());
        assertEquals(List.of("Hur är stödet"), texts(segments(new SegmentFilter().code(study.stod).speakers(List.of("i")))));
    }

    @Test
    void byAttributesDocumentsCasesCoderAndText() {
        var attributes = study.store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        assertEquals(4, segments(new SegmentFilter().code(study.stod).withSubcodes(true)
                .where(WhereParser.parse("roll=Chef", attributes))).size());
        assertEquals(List.of("Stödet från chefen är gott", "Stödet har blivit bättre", "Stödet är okänt"),
                texts(segments(new SegmentFilter().code(study.stod).where(WhereParser.parse("NOT roll=Chef", attributes)))));
        assertEquals(2, segments(new SegmentFilter().code(study.stod).cases(List.of(study.employee))).size());
        assertEquals(List.of("Stödet är okänt"), texts(segments(new SegmentFilter().code(study.stod).documents(List.of(study.okand)))));
        assertEquals(List.of("Stödet från chefen är gott"),
                texts(segments(new SegmentFilter().code(study.stod).textContains("CHEFEN"))));
        assertEquals(0, segments(new SegmentFilter().code(study.stod).coders(List.of("nobody"))).size());
        String coder = segments(new SegmentFilter().code(study.stod)).get(0).coder();
        assertEquals(5, segments(new SegmentFilter().code(study.stod).coders(List.of(coder))).size());
    }

    @Test
    void byCodeSetAndEveryCode() throws Exception {
        CodeSet set = study.store.codebook().getSets().get(0);
        study.store.setMembers(set, List.of(study.kontroll, study.resurser));
        assertEquals(6, segments(new SegmentFilter().codeSet(set)).size());
        assertEquals(12, segments(new SegmentFilter()).size());
    }

    @Test
    void eachSegmentComesWithItsCitationAndAttributes() {
        Segment segment = segments(new SegmentFilter().code(study.stod).cases(List.of(study.employee))).get(1);
        assertEquals("med1b.txt", segment.documentName());
        assertEquals(List.of("med1"), segment.cases(), "the case of the other interview");
        assertEquals(Map.of("Roll", "Medarbetare", "År", "2022"), segment.attributes(), "the case's values");
        assertEquals("IP", segment.speaker());
        assertEquals(2, segment.startLine());
        assertEquals(2, segment.endLine());
        assertEquals(StudyProject.at(MED1B, "Stödet har"), segment.start());
        Segment kontroll = segments(new SegmentFilter().code(study.kontroll).documents(List.of(study.chef1))).get(1);
        assertEquals(5, kontroll.startLine());
    }

    @Test
    void positionsAreCodePoints() {
        Segment segment = segments(new SegmentFilter().code(study.kontroll).documents(List.of(study.med1))).get(0);
        String fragment = "Kontrollen känns tung \uD83D\uDE00 ibland";
        assertEquals(fragment, segment.text());
        assertEquals(StudyProject.at(MED1, fragment), segment.start());
        assertEquals(fragment.codePointCount(0, fragment.length()), segment.characters());
    }

    @Test
    void contextOfCharactersParagraphOrTurn() {
        SegmentFilter filter = new SegmentFilter().code(study.stod).documents(List.of(study.chef1));
        int at = CHEF1.indexOf("Vi har tillit");
        assertEquals(CHEF1.substring(at - 5, at + "Vi har tillit".length() + 5),
                Retrieval.segments(study.store, filter, ContextSpec.characters(5)).get(1).context());
        assertEquals(CHEF1.substring(0, CHEF1.indexOf("\n\n")),
                Retrieval.segments(study.store, filter, ContextSpec.PARAGRAPH).get(1).context().strip());
        assertEquals("IP: Vi har tillit men för lite tid. Stödet är bra.",
                Retrieval.segments(study.store, filter, ContextSpec.TURN).get(1).context());
        assertNull(segments(filter).get(1).context());
    }
}
