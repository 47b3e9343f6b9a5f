package org.tillit.ui.retrieval;

import org.tillit.model.Code;
import org.tillit.query.ContextSpec;
import org.tillit.query.SegmentFilter;

/** What the Retrieval view asks for: a code (null: none chosen yet), its sub-codes or not, a text, a context. */
public record RetrievalQuery(Code code, boolean withSubcodes, String textContains, ContextSpec context) {

    public SegmentFilter filter() {
        return new SegmentFilter().code(code).withSubcodes(withSubcodes).textContains(textContains);
    }
}
