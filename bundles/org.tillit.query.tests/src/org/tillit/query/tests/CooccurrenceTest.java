package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.query.ContextSpec;
import org.tillit.query.Cooccurrence;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.query.CooccurrenceMatrix;

/** Code x code: overlapping, in one paragraph, in one turn, within n characters; a cell's pairs. */
class CooccurrenceTest extends StudyTestCase {

    private CooccurrenceMatrix matrix(Proximity proximity, int characters) {
        return Cooccurrence.compute(study.store, new Cooccurrence.Spec(
                List.of(study.stod, study.stodUnderStod, study.resurser, study.kontroll), proximity, characters,
                org.tillit.query.Condition.ALWAYS));
    }

    /** The upper triangle, row by row: (0,1) (0,2) (0,3) (1,2) (1,3) (2,3). */
    private static List<Integer> pairs(CooccurrenceMatrix matrix) {
        List<Integer> pairs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = r + 1; c < 4; c++) {
                assertEquals(matrix.pairs(r, c), matrix.pairs(c, r), "symmetric");
                pairs.add(matrix.pairs(r, c));
            }
        }
        return pairs;
    }

    @Test
    void overlappingParagraphTurnAndNearby() {
        assertEquals(List.of(0, 0, 1, 0, 0, 0), pairs(matrix(Proximity.OVERLAP, 0)));
        assertEquals(List.of(1, 1, 1, 0, 1, 0), pairs(matrix(Proximity.TURN, 0)));
        assertEquals(List.of(2, 1, 2, 0, 1, 0), pairs(matrix(Proximity.PARAGRAPH, 0)));
        assertEquals(List.of(0, 0, 1, 0, 0, 0), pairs(matrix(Proximity.WITHIN, 1)), "'. ' is two characters");
        assertEquals(List.of(0, 1, 1, 0, 1, 0), pairs(matrix(Proximity.WITHIN, 2)));
        assertEquals(0, matrix(Proximity.PARAGRAPH, 0).pairs(0, 0), "a code with itself is not counted");
    }

    @Test
    void aCellYieldsItsSegmentPairs() {
        CooccurrenceMatrix matrix = matrix(Proximity.PARAGRAPH, 0);
        assertEquals(1, matrix.documents(0, 3));
        List<CooccurrenceMatrix.Pair> pairs = matrix.segmentPairs(0, 3, ContextSpec.NONE);
        assertEquals(List.of("Hur är stödet", "Vi har tillit"), pairs.stream().map(p -> p.first().text()).toList());
        assertEquals(List.of("tillit men för lite tid", "tillit men för lite tid"),
                pairs.stream().map(p -> p.second().text()).toList());
        List<CooccurrenceMatrix.Pair> reversed = matrix.segmentPairs(3, 0, ContextSpec.NONE);
        assertEquals("tillit men för lite tid", reversed.get(0).first().text(), "the row's code first");
    }
}
