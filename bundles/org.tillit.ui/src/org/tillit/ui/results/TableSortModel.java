package org.tillit.ui.results;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Sorting by one column at a time, as a click on its header asks: ascending, descending, then the
 * results' own order again. The order is kept when new results are shown.
 */
final class TableSortModel<T> implements ISortModel {

    private final TableRows<T> rows;
    private List<Column<T>> columns;
    private int column = -1;
    private SortDirectionEnum direction = SortDirectionEnum.NONE;

    TableSortModel(TableRows<T> rows, List<Column<T>> columns) {
        this.rows = rows;
        this.columns = columns;
    }

    void columns(List<Column<T>> shown) {
        columns = shown;
        if (column >= shown.size()) {
            clear();
        }
    }

    /** The order chosen, or null for the results' own. */
    TableRows.Order<T> order() {
        if (column < 0 || direction == SortDirectionEnum.NONE) {
            return null;
        }
        return new TableRows.Order<>(columns.get(column).sortKey(), direction == SortDirectionEnum.DESC);
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return column < 0 ? List.of() : List.of(column);
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return columnIndex == column && direction != SortDirectionEnum.NONE;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        return columnIndex == column ? direction : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    /** NatTable's own sorting would use these; this model sorts the rows itself, by keys. */
    @Override
    @SuppressWarnings("rawtypes")
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        column = columnIndex;
        direction = sortDirection;
        if (direction == SortDirectionEnum.NONE) {
            column = -1;
        }
        rows.sort(order());
    }

    @Override
    public void clear() {
        column = -1;
        direction = SortDirectionEnum.NONE;
    }
}
