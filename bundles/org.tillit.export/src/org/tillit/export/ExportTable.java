package org.tillit.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A result as it is exported: a title, typed columns and rows. The type decides how a value is
 * written: a number stays a number in a spreadsheet, a percentage (kept as 0–100) is formatted as
 * one, text is text. Null is an empty cell.
 */
public final class ExportTable {

    /** How a column's values are written. */
    public enum Kind {
        TEXT, INTEGER, DECIMAL, PERCENT
    }

    public record Column(String label, Kind kind) {
    }

    private final String title;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public ExportTable(String title, List<Column> columns) {
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    public static Column text(String label) {
        return new Column(label, Kind.TEXT);
    }

    public static Column integer(String label) {
        return new Column(label, Kind.INTEGER);
    }

    public static Column decimal(String label) {
        return new Column(label, Kind.DECIMAL);
    }

    public static Column percent(String label) {
        return new Column(label, Kind.PERCENT);
    }

    /** A row, one value per column. */
    public ExportTable add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(values.clone()));
        return this;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows;
    }
}
