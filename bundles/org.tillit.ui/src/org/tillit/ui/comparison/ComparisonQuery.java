package org.tillit.ui.comparison;

import java.util.List;

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
 * sub-codes), whether sub-codes are rolled up, and how the cells are shown.
 */
public record ComparisonQuery(GroupBy groupBy, Code code, boolean rollUp, boolean onlyCoded, Unit unit, Measure measure) {

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
            return ComparisonSpec.of(grouping).codes(rows).rollUp(rollUp).check(check);
        });
    }

    /** Whether the two ask for the same matrix (they may show it differently). */
    boolean sameMatrix(ComparisonQuery other) {
        return other != null && groupBy.equals(other.groupBy) && code == other.code && rollUp == other.rollUp
                && onlyCoded == other.onlyCoded;
    }

    /** The matrix as the rows are asked for: without the codes nothing compared is coded with, if so asked. */
    ComparisonMatrix rows(ComparisonMatrix computed) {
        return onlyCoded ? computed.withoutEmptyRows() : computed;
    }
}
