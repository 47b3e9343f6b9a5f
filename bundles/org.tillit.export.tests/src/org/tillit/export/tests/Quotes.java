package org.tillit.export.tests;

import java.util.List;
import java.util.Map;

import org.tillit.query.Segment;

/** Segments as the query layer hands them to an export, made up for the tests. */
final class Quotes {

    private Quotes() {
    }

    static Segment quote(String document, String caseName, String text, int startLine, int endLine,
            Map<String, String> attributes) {
        return new Segment("coding-" + text.hashCode(), "doc-" + document, document, List.of(caseName), attributes,
                "code-1", "Principer/Stöd", text, "Karin", "IP", 0, text.codePointCount(0, text.length()), startLine,
                endLine, null, 0);
    }

    static Segment manager() {
        return quote("intervju-03.docx", "Enhetschef 3", "Vi fick stöd av Anna i början.", 112, 118,
                Map.of("Roll", "Chef/enhetschef", "Löpnummer", "3"));
    }

    static Segment employee() {
        return quote("intervju-07.docx", "Medarbetare 7", "Tiden räcker inte | aldrig.", 40, 40,
                Map.of("Roll", "Medarbetare", "Löpnummer", "7"));
    }
}
