package org.tillit.ui.retrieval;

import java.util.List;

import org.tillit.model.Code;
import org.tillit.query.ContextSpec;
import org.tillit.query.SegmentFilter;

/**
 * What the Retrieval view asks for: a code (null: none chosen yet), its sub-codes or not, a text,
 * whose codings (null: every coder's), a context.
 */
public record RetrievalQuery(Code code, boolean withSubcodes, String textContains, String coder, ContextSpec context) {

    public SegmentFilter filter() {
        SegmentFilter filter = new SegmentFilter().code(code).withSubcodes(withSubcodes).textContains(textContains);
        return coder == null ? filter : filter.coders(List.of(coder));
    }
}
