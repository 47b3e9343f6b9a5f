package org.tillit.query;

import java.util.List;

import org.tillit.model.Code;

/**
 * What to compare: the codes of the rows (empty: every code of the codebook), whether a row counts
 * its sub-codes' segments too (rolled up), the groups, which documents take part at all, and the
 * respondent check's thresholds.
 */
public record ComparisonSpec(List<Code> codes, boolean rollUp, Grouping grouping, Condition where,
        RespondentCheck check) {

    public ComparisonSpec {
        codes = List.copyOf(codes);
    }

    public static ComparisonSpec of(Grouping grouping) {
        return new ComparisonSpec(List.of(), false, grouping, Condition.ALWAYS, RespondentCheck.DEFAULT);
    }

    public ComparisonSpec codes(List<Code> rows) {
        return new ComparisonSpec(rows, rollUp, grouping, where, check);
    }

    public ComparisonSpec rollUp(boolean subcodes) {
        return new ComparisonSpec(codes, subcodes, grouping, where, check);
    }

    public ComparisonSpec where(Condition documents) {
        return new ComparisonSpec(codes, rollUp, grouping, documents, check);
    }

    public ComparisonSpec check(RespondentCheck thresholds) {
        return new ComparisonSpec(codes, rollUp, grouping, where, thresholds);
    }
}
