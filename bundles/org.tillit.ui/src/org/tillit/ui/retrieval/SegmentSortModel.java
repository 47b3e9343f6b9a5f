package org.tillit.ui.retrieval;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * Sorting by one column at a time, as a click on its header asks: ascending, descending, then the
 * retrieval's own order again. The order is kept when the rows are retrieved anew.
 */
final class SegmentSortModel implements ISortModel {

    private final SegmentRows rows;
    private SegmentColumns columns;
    private int column = -1;
    private SortDirectionEnum direction = SortDirectionEnum.NONE;

    SegmentSortModel(SegmentRows rows, SegmentColumns columns) {
        this.rows = rows;
        this.columns = columns;
    }

    void columns(SegmentColumns shown) {
        columns = shown;
        if (column >= shown.count()) {
            clear();
        }
    }

    /** The order chosen, or null for the retrieval's own. */
    SegmentRows.Order order() {
        if (column < 0 || direction == SortDirectionEnum.NONE) {
            return null;
        }
        return new SegmentRows.Order(columns.get(column).sortKey(), direction == SortDirectionEnum.DESC);
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
