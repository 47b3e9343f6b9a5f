package org.tillit.ui.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.tillit.query.Segment;

/**
 * The table's rows: the retrieved segments in the order shown. NatTable asks only for the cells it
 * paints, so 50,000 segments cost one list, not 50,000 widgets.
 */
final class SegmentRows implements IRowDataProvider<Segment> {

    private List<Segment> retrieved = List.of();
    private final List<Segment> rows = new ArrayList<>();
    private SegmentColumns columns;

    SegmentRows(SegmentColumns columns) {
        this.columns = columns;
    }

    /** A sort: by a key of each row, computed once per row, ascending or not. */
    record Order(Function<Segment, ? extends Comparable<?>> key, boolean descending) {
    }

    void show(List<Segment> segments, SegmentColumns shownAs, Order order) {
        columns = shownAs;
        retrieved = segments;
        sort(order);
    }

    /** Null order: the retrieval's own (document order, by position). */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void sort(Order order) {
        rows.clear();
        rows.addAll(retrieved);
        if (order != null) {
            Map<Segment, Comparable> keys = new IdentityHashMap<>();
            rows.forEach(row -> keys.put(row, order.key().apply(row)));
            Comparator<Segment> ascending = (a, b) -> keys.get(a).compareTo(keys.get(b));
            rows.sort(order.descending() ? ascending.reversed() : ascending);
        }
    }

    List<Segment> all() {
        return List.copyOf(rows);
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        return columns.get(columnIndex).value().apply(rows.get(rowIndex));
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException(); // retrieved segments are read-only
    }

    @Override
    public int getColumnCount() {
        return columns.count();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public Segment getRowObject(int rowIndex) {
        return rows.get(rowIndex);
    }

    @Override
    public int indexOfRowObject(Segment segment) {
        return rows.indexOf(segment);
    }
}
