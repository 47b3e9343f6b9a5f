package org.tillit.query;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.Coding;
import org.tillit.store.ProjectStore;

/**
 * The result of a {@link Comparison}: rows (codes), columns (groups) and cells, with the views
 * a researcher asks of it (unit, row or column percentages, values per case of the group for
 * groups of unequal size) and, for a cell, its segments: the quotes behind the number.
 */
public final class ComparisonMatrix {

    /** A row: the code and its path of labels. */
    public record Row(String codeGuid, String codePath) {
    }

    /** A group: its label and how many documents and cases (respondents) it has. */
    public record Column(String label, int documents, int cases) {
    }

    /** How percentages are taken. */
    public enum Percentages {
        NONE, ROW, COLUMN
    }

    private final ProjectStore store;
    private final List<Row> rows;
    private final List<Column> columns;
    private final Cell[][] cells;
    private final List<List<List<Coding>>> codings;

    ComparisonMatrix(ProjectStore store, List<Row> rows, List<Column> columns, Cell[][] cells,
            List<List<List<Coding>>> codings) {
        this.store = store;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.codings = codings;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    public Cell cell(int row, int column) {
        return cells[row][column];
    }

    /**
     * The same matrix without the codes no compared document is coded with: a whole codebook
     * compared is mostly empty rows, which hide the few that say something.
     */
    public ComparisonMatrix withoutEmptyRows() {
        List<Row> kept = new ArrayList<>();
        List<Cell[]> keptCells = new ArrayList<>();
        List<List<List<Coding>>> keptCodings = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean coded = false;
            for (int c = 0; c < columns.size() && !coded; c++) {
                coded = cells[r][c].segments() > 0;
            }
            if (coded) {
                kept.add(rows.get(r));
                keptCells.add(cells[r]);
                keptCodings.add(codings.get(r));
            }
        }
        return new ComparisonMatrix(store, kept, columns, keptCells.toArray(Cell[][]::new), keptCodings);
    }

    /** The row of the code, by its guid; -1 when it is no row. */
    public int rowOf(String codeGuid) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).codeGuid().equals(codeGuid)) {
                return r;
            }
        }
        return -1;
    }

    /** The cell's value in the unit, as a percentage of its row's or column's total if asked. */
    public double value(int row, int column, Unit unit, Percentages percentages) {
        double value = cells[row][column].value(unit);
        double total = 0;
        switch (percentages) {
            case NONE -> {
                return value;
            }
            case ROW -> {
                for (int c = 0; c < columns.size(); c++) {
                    total += cells[row][c].value(unit);
                }
            }
            case COLUMN -> {
                for (int r = 0; r < rows.size(); r++) {
                    total += cells[r][column].value(unit);
                }
            }
        }
        return total == 0 ? 0 : 100.0 * value / total;
    }

    /**
     * Every cell's value at once, rows by columns, as {@link #value} gives them one by one, but with
     * each row's and column's total summed once: a table of 500 codes by 1,000 documents would
     * otherwise sum its totals for every cell.
     */
    public double[][] values(Unit unit, Percentages percentages) {
        double[][] values = new double[rows.size()][columns.size()];
        double[] rowTotals = new double[rows.size()];
        double[] columnTotals = new double[columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                values[r][c] = cells[r][c].value(unit);
                rowTotals[r] += values[r][c];
                columnTotals[c] += values[r][c];
            }
        }
        if (percentages != Percentages.NONE) {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    double total = percentages == Percentages.ROW ? rowTotals[r] : columnTotals[c];
                    values[r][c] = total == 0 ? 0 : 100.0 * values[r][c] / total;
                }
            }
        }
        return values;
    }

    /**
     * The value per case of the group, so that a group of 30 respondents and one of 8 compare:
     * NaN for a group without cases.
     */
    public double perCase(int row, int column, Unit unit) {
        int cases = columns.get(column).cases();
        return cases == 0 ? Double.NaN : cells[row][column].value(unit) / cases;
    }

    /** The cell's segments with their citations and the context asked for (those still in the project). */
    public List<Segment> segments(int row, int column, ContextSpec context) {
        List<Coding> cell = codings.get(row).get(column);
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            return cell.stream().filter(c -> c.getDocument() != null && c.getDocument().eContainer() == project)
                    .map(c -> Retrieval.segment(facts, c, context)).toList();
        });
    }
}
