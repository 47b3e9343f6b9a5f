package org.tillit.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;

/**
 * A table's rows: the results in the order shown. NatTable asks only for the cells it paints, so
 * 50,000 rows cost one list, not 50,000 widgets.
 */
final class TableRows<T> implements IRowDataProvider<T> {

    private List<T> results = List.of();
    private final List<T> rows = new ArrayList<>();
    private List<Column<T>> columns;

    TableRows(List<Column<T>> columns) {
        this.columns = columns;
    }

    /** A sort: by a key of each row, computed once per row, ascending or not. */
    record Order<T>(Function<T, ? extends Comparable<?>> key, boolean descending) {
    }

    void show(List<T> shown, List<Column<T>> shownAs, Order<T> order) {
        columns = shownAs;
        results = shown;
        sort(order);
    }

    /** Null order: the results' own. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void sort(Order<T> order) {
        rows.clear();
        rows.addAll(results);
        if (order != null) {
            Map<T, Comparable> keys = new IdentityHashMap<>();
            rows.forEach(row -> keys.put(row, order.key().apply(row)));
            Comparator<T> ascending = (a, b) -> keys.get(a).compareTo(keys.get(b));
            rows.sort(order.descending() ? ascending.reversed() : ascending);
        }
    }

    List<T> all() {
        return List.copyOf(rows);
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return columns.get(columnIndex).value().apply(rows.get(rowIndex));
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException(); // results are read-only
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public T getRowObject(int rowIndex) {
        return rows.get(rowIndex);
    }

    @Override
    public int indexOfRowObject(T row) {
        return rows.indexOf(row);
    }
}
