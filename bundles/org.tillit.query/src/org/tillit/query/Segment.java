package org.tillit.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One coded segment as retrieval shows it, copied out of the model: where it is (document, cases,
 * lines, code points from 0 with the end exclusive), what it is coded with (the code's path of
 * labels), who coded it, who speaks there, its text and the context asked for, with where that
 * context begins in the document (code points), so a view can emphasise the segment inside it.
 */
public record Segment(String codingGuid, String documentGuid, String documentName, List<String> cases,
        Map<String, String> attributes, String codeGuid, String codePath, String text, String coder, String speaker,
        int start, int end, int startLine, int endLine, String context, int contextStart) {

    public Segment {
        cases = List.copyOf(cases);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Where the segment begins inside its context (code points); 0 without context. */
    public int startInContext() {
        return context == null ? 0 : start - contextStart;
    }

    /** Length in characters (code points). */
    public int characters() {
        return end - start;
    }

    /** The citation: document, case(s), lines. */
    public Citation citation() {
        return new Citation(documentName, cases, startLine, endLine);
    }

    /** Where a quote comes from, as an article cites it. */
    public record Citation(String document, List<String> cases, int startLine, int endLine) {
        public Citation {
            cases = List.copyOf(cases);
        }
    }
}
