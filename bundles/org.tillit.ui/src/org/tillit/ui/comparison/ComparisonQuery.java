package org.tillit.ui.comparison;

import java.util.List;
import java.util.Objects;

import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.query.RespondentCheck;
import org.tillit.query.Unit;
import org.tillit.store.ProjectStore;

/**
 * What the Comparison view's controls ask for: the groups, the rows (every code, or a code with its
 * sub-codes), whether sub-codes are rolled up, whose codings count (null: every coder's), and how
 * the cells are shown.
 */
public record ComparisonQuery(GroupBy groupBy, Code code, boolean rollUp, boolean onlyCoded, String coder, Unit unit,
        Measure measure) {

    /**
     * The comparison to compute, read under the store's lock; null when the groups cannot be made
     * (their attribute has gone). A code no longer in the codebook means every code.
     */
    public ComparisonSpec spec(ProjectStore store, RespondentCheck check) {
        return store.read(project -> {
            Grouping grouping = groupBy.grouping(project);
            if (grouping == null) {
                return null;
            }
            boolean stillThere = code != null && CodeTree.allCodes(project.getCodebook()).contains(code);
            List<Code> rows = stillThere ? CodeTree.subtree(code) : List.of();
            ComparisonSpec spec = ComparisonSpec.of(grouping).codes(rows).rollUp(rollUp).check(check);
            return coder == null ? spec : spec.coders(List.of(coder));
        });
    }

    /** Whether the two ask for the same matrix (they may show it differently). */
    boolean sameMatrix(ComparisonQuery other) {
        return other != null && groupBy.equals(other.groupBy) && code == other.code && rollUp == other.rollUp
                && onlyCoded == other.onlyCoded && Objects.equals(coder, other.coder);
    }

    /** The matrix as the rows are asked for: without the codes nothing compared is coded with, if so asked. */
    ComparisonMatrix rows(ComparisonMatrix computed) {
        return onlyCoded ? computed.withoutEmptyRows() : computed;
    }
}
