package org.tillit.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes side by side for an article: for each chosen code a row, one column per group, under
 * each the group's segments with their citations (document, case, lines).
 */
public record QuoteMatrix(List<String> groups, List<QuoteRow> rows) {

    public record QuoteRow(String codePath, List<List<Segment>> quotes) {
        public QuoteRow {
            quotes = quotes.stream().map(List::copyOf).toList();
        }
    }

    public QuoteMatrix {
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
    }

    /** The quotes of the matrix's rows of these codes (by guid), in that order. */
    public static QuoteMatrix of(ComparisonMatrix matrix, List<String> codeGuids, ContextSpec context) {
        List<QuoteRow> rows = new ArrayList<>();
        for (String guid : codeGuids) {
            int row = matrix.rowOf(guid);
            if (row < 0) {
                continue;
            }
            List<List<Segment>> quotes = new ArrayList<>();
            for (int column = 0; column < matrix.columns().size(); column++) {
                quotes.add(matrix.segments(row, column, context));
            }
            rows.add(new QuoteRow(matrix.rows().get(row).codePath(), quotes));
        }
        return new QuoteMatrix(matrix.columns().stream().map(ComparisonMatrix.Column::label).toList(), rows);
    }
}
