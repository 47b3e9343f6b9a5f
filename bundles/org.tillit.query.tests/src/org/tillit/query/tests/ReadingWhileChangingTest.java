package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.tillit.model.Coding;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.ContextSpec;
import org.tillit.query.Cooccurrence;
import org.tillit.query.Grouping;
import org.tillit.query.Retrieval;
import org.tillit.query.SearchSpec;
import org.tillit.query.SegmentFilter;
import org.tillit.query.TextSearch;
import org.tillit.testing.store.TestCodings;

/** The threading rule: queries read under the store's lock, so codings changing meanwhile break none of them. */
class ReadingWhileChangingTest extends StudyTestCase {

    @Test
    void queriesWhileAnotherThreadCodesAndUncodes() throws Exception {
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < 150; i++) {
                    Coding coding = TestCodings.coding(i % 2 == 0 ? study.kontroll : study.stod, 0, 10 + i % 20);
                    study.store.insertCoding(coding, i % 3 == 0 ? study.chef1 : study.med1);
                    if (i % 2 == 1) {
                        study.store.removeCoding(coding);
                    }
                }
            } catch (Throwable t) {
                failures.add(t);
            } finally {
                writing.set(false);
            }
        });
        writer.start();
        int rounds = 0;
        while (writing.get() || rounds < 3) {
            try {
                Comparison.compute(study.store, ComparisonSpec.of(Grouping.byAttribute(study.roll)).rollUp(true));
                Retrieval.segments(study.store, new SegmentFilter().code(study.kontroll), ContextSpec.TURN);
                Cooccurrence.compute(study.store, Cooccurrence.Spec.of(List.of(), Cooccurrence.Proximity.PARAGRAPH));
                TextSearch.search(study.store, SearchSpec.of("stödet"));
            } catch (Throwable t) {
                failures.add(t);
            }
            rounds++;
        }
        writer.join();
        assertEquals(List.of(), failures);
        assertEquals(4 + 75, Retrieval.segments(study.store, new SegmentFilter().code(study.kontroll), ContextSpec.NONE).size(),
                "the 75 codings that stayed, beside the four of the study");
    }
}
