package org.tillit.ui.quotes;

import org.eclipse.osgi.util.NLS;
import org.tillit.query.Segment;

/** A quote's citation as it is shown under it: document, case(s), lines. */
public final class Citations {

    private Citations() {
    }

    public static String of(Segment segment) {
        Segment.Citation citation = segment.citation();
        String lines = citation.startLine() == citation.endLine()
                ? NLS.bind(Messages.QuoteMatrix_line, citation.startLine())
                : NLS.bind(Messages.QuoteMatrix_lines, citation.startLine(), citation.endLine());
        String cases = String.join(", ", citation.cases());
        return cases.isEmpty() || namesTheDocument(cases, citation.document())
                ? NLS.bind(Messages.QuoteMatrix_citation, citation.document(), lines)
                : NLS.bind(Messages.QuoteMatrix_citationWithCase, new Object[] { citation.document(), cases, lines });
    }

    /** An import names a document's own case after its file: saying it twice tells the reader nothing. */
    private static boolean namesTheDocument(String cases, String document) {
        int dot = document.lastIndexOf('.');
        return cases.equals(document) || dot > 0 && cases.equals(document.substring(0, dot));
    }
}
