package org.tillit.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tillit.model.Coding;
import org.tillit.model.TillitFactory;
import org.tillit.model.coding.CodingIntervals;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.coding.LaneLayout;

class CodingIntervalsTest {

    @Test
    void findsExactlyTheCodingsOverARegionAsAFullScanWould() {
        List<CodingSpan> spans = randomSpans(3_000, 300_000, new Random(11));
        CodingIntervals index = CodingIntervals.of(spans);
        Random random = new Random(12);
        for (int query = 0; query < 500; query++) {
            int from = random.nextInt(300_000);
            int to = from + 1 + random.nextInt(query % 10 == 0 ? 100_000 : 3_000);
            Set<CodingSpan> expected = new HashSet<>();
            for (CodingSpan span : spans) {
                if (span.overlaps(from, to)) {
                    expected.add(span);
                }
            }
            List<CodingSpan> found = index.overlapping(from, to);
            assertEquals(expected.size(), found.size(), "no coding twice, none missing, for " + from + "–" + to);
            assertEquals(expected, new HashSet<>(found));
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).start() <= found.get(i).start(), "in text order");
            }
        }
    }

    @Test
    void theShortestCodingAtAPositionComesFirst() {
        CodingSpan whole = span(0, 1_000_000);
        CodingSpan sentence = span(100, 180);
        CodingSpan word = span(120, 130);
        CodingIntervals index = CodingIntervals.of(List.of(whole, sentence, word));
        assertEquals(List.of(word, sentence, whole), index.at(125));
        assertEquals(List.of(whole), index.at(999_999));
        assertEquals(List.of(), index.at(1_000_000));
    }

    @Test
    void nextCodingIsTheFirstStartingAfterThePosition() {
        CodingIntervals index = CodingIntervals.of(List.of(span(50, 60), span(10, 20), span(30, 40)));
        assertEquals(30, index.all().get(index.indexOfFirstStartingAfter(10)).start());
        assertEquals(-1, index.indexOfFirstStartingAfter(50));
    }

    @Test
    void overlappingCodingsGetDifferentLanesAndLanesAreReused() {
        CodingSpan a = span(0, 100);
        CodingSpan b = span(50, 150);
        CodingSpan c = span(60, 70);
        CodingSpan d = span(100, 120); // starts where a ends: a's lane is free again
        LaneLayout lanes = LaneLayout.of(CodingIntervals.of(List.of(a, b, c, d)));
        assertEquals(3, lanes.laneCount());
        assertEquals(0, lanes.laneOf(a));
        assertEquals(1, lanes.laneOf(b));
        assertEquals(2, lanes.laneOf(c));
        assertEquals(0, lanes.laneOf(d));
    }

    @Test
    void noTwoOverlappingCodingsShareALaneAndTheLanesAreAsFewAsTheDeepestOverlap() {
        List<CodingSpan> spans = randomSpans(2_000, 100_000, new Random(5));
        LaneLayout lanes = LaneLayout.of(CodingIntervals.of(spans));
        int deepest = 0;
        int[] depth = new int[100_001];
        for (CodingSpan span : spans) {
            depth[span.start()]++;
            depth[span.end()]--;
        }
        int running = 0;
        for (int d : depth) {
            running += d;
            deepest = Math.max(deepest, running);
        }
        assertEquals(deepest, lanes.laneCount());
        List<CodingSpan> sorted = CodingIntervals.of(spans).all();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size() && sorted.get(j).start() < sorted.get(i).end(); j++) {
                assertNotEquals(lanes.laneOf(sorted.get(i)), lanes.laneOf(sorted.get(j)));
            }
        }
    }

    private static List<CodingSpan> randomSpans(int count, int textLength, Random random) {
        List<CodingSpan> spans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(textLength - 1);
            int length = 1 + random.nextInt(i % 50 == 0 ? textLength / 4 : 2_000);
            spans.add(span(start, Math.min(textLength, start + length)));
        }
        return spans;
    }

    private static CodingSpan span(int start, int end) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setStart(start);
        coding.setEnd(end);
        return CodingSpan.of(coding);
    }
}
