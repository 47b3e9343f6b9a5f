package org.tillit.query;

import java.util.List;

/**
 * One place a text search found: document, cases, code points (end exclusive), line, speaker, what
 * matched and its context, with where that context begins in the document (code points), so a view
 * can emphasise the hit inside it.
 */
public record Hit(String documentGuid, String documentName, List<String> cases, int start, int end, int line,
        String speaker, String text, String context, int contextStart) {

    public Hit {
        cases = List.copyOf(cases);
    }

    /** Where the hit begins inside its context (code points); 0 without context. */
    public int startInContext() {
        return context == null ? 0 : start - contextStart;
    }

    /** Length in characters (code points). */
    public int characters() {
        return end - start;
    }
}
