package org.tillit.query;

import java.util.List;

import org.tillit.model.Code;
import org.tillit.store.ProjectStore;

/** The result of {@link Cooccurrence}: for each pair of codes how many coding pairs co-occur, in how many documents. */
public final class CooccurrenceMatrix {

    /** Two segments that co-occur: the first of the row's code, the second of the column's. */
    public record Pair(Segment first, Segment second) {
    }

    private final ProjectStore store;
    private final Cooccurrence.Spec spec;
    private final List<Code> codes;
    private final List<ComparisonMatrix.Row> rows;
    private final int[][] pairs;
    private final int[][] documents;

    CooccurrenceMatrix(ProjectStore store, Cooccurrence.Spec spec, List<Code> codes, List<ComparisonMatrix.Row> rows,
            int[][] pairs, int[][] documents) {
        this.store = store;
        this.spec = spec;
        this.codes = codes;
        this.rows = List.copyOf(rows);
        this.pairs = pairs;
        this.documents = documents;
    }

    /** The codes, which are both the rows and the columns. */
    public List<ComparisonMatrix.Row> codes() {
        return rows;
    }

    public int pairs(int row, int column) {
        return pairs[row][column];
    }

    public int documents(int row, int column) {
        return documents[row][column];
    }

    /** The cell's segment pairs, found again in the project as it is now. */
    public List<Pair> segmentPairs(int row, int column, ContextSpec context) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            return Cooccurrence.pairs(facts, spec, codes.get(row), codes.get(column)).stream()
                    .map(p -> new Pair(Retrieval.segment(facts, p[0], context), Retrieval.segment(facts, p[1], context)))
                    .toList();
        });
    }
}
