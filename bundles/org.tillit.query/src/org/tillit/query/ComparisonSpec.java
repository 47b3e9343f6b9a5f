package org.tillit.query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.tillit.model.Code;
import org.tillit.model.Coding;

/**
 * What to compare: the codes of the rows (empty: every code of the codebook), whether a row counts
 * its sub-codes' segments too (rolled up), the groups, which documents take part at all, and the
 * respondent check's thresholds, and whose codings count (a coder's, to compare coders).
 */
public record ComparisonSpec(List<Code> codes, boolean rollUp, Grouping grouping, Condition where,
        RespondentCheck check, Set<String> coders) {

    public ComparisonSpec {
        codes = List.copyOf(codes);
        coders = Set.copyOf(coders);
    }

    public static ComparisonSpec of(Grouping grouping) {
        return new ComparisonSpec(List.of(), false, grouping, Condition.ALWAYS, RespondentCheck.DEFAULT, Set.of());
    }

    public ComparisonSpec codes(List<Code> rows) {
        return new ComparisonSpec(rows, rollUp, grouping, where, check, coders);
    }

    public ComparisonSpec rollUp(boolean subcodes) {
        return new ComparisonSpec(codes, subcodes, grouping, where, check, coders);
    }

    public ComparisonSpec where(Condition documents) {
        return new ComparisonSpec(codes, rollUp, grouping, documents, check, coders);
    }

    public ComparisonSpec check(RespondentCheck thresholds) {
        return new ComparisonSpec(codes, rollUp, grouping, where, thresholds, coders);
    }

    /** Only these coders' codings (by name) count; none named: every coder's. */
    public ComparisonSpec coders(Collection<String> names) {
        return new ComparisonSpec(codes, rollUp, grouping, where, check, Set.copyOf(names));
    }

    /** Whether the coding's coder is one compared. */
    boolean counts(Coding coding) {
        return coders.isEmpty() || coding.getCoder() != null && coders.contains(coding.getCoder().getName());
    }
}
