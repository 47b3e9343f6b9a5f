package org.tillit.query.tests;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.query.ContextSpec;
import org.tillit.query.Retrieval;
import org.tillit.query.Segment;
import org.tillit.query.SegmentFilter;

/** A fresh {@link StudyProject} for each test, closed after it. */
abstract class StudyTestCase {

    @TempDir
    Path temp;

    StudyProject study;

    @BeforeEach
    void openStudy() throws Exception {
        study = new StudyProject(temp);
    }

    @AfterEach
    void closeStudy() {
        study.close();
    }

    List<Segment> segments(SegmentFilter filter) {
        return Retrieval.segments(study.store, filter, ContextSpec.NONE);
    }

    static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }
}
