package org.tillit.ui.retrieval;

import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.query.ContextSpec;
import org.tillit.query.SegmentFilter;
import org.tillit.query.WhereParser;

/**
 * What the Retrieval view asks for: a code (null: none chosen yet), its sub-codes or not, a text,
 * whose codings (null: every coder's), the respondents' turns only or every speaker's, a condition
 * on the attributes as {@code --where} states it (blank: none), a context.
 */
public record RetrievalQuery(Code code, boolean withSubcodes, String textContains, String coder,
        boolean respondentsOnly, String where, ContextSpec context) {

    /**
     * The filter, the condition read with the project's attributes.
     *
     * @throws org.tillit.query.QueryException a condition that does not parse, saying where
     */
    public SegmentFilter filter(List<AttributeDefinition> attributes) {
        SegmentFilter filter = new SegmentFilter().code(code).withSubcodes(withSubcodes).textContains(textContains)
                .respondentsOnly(respondentsOnly).where(WhereParser.parse(where == null ? "" : where, attributes));
        return coder == null ? filter : filter.coders(List.of(coder));
    }
}
