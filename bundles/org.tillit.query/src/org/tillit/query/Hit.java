package org.tillit.query;

import java.util.List;

/** One place a text search found: document, cases, code points (end exclusive), line, speaker, what matched and its context. */
public record Hit(String documentGuid, String documentName, List<String> cases, int start, int end, int line,
        String speaker, String text, String context) {

    public Hit {
        cases = List.copyOf(cases);
    }
}
