package org.tillit.ui.comparison;

import java.util.function.BiFunction;
import java.util.function.IntSupplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/** Data for a NatTable layer, read from the comparison shown when painted; nothing in it is edited. */
final class ReadOnlyData implements IDataProvider {

    private final IntSupplier columns;
    private final IntSupplier rows;
    private final BiFunction<Integer, Integer, Object> value;

    /** @param value the value at a column and a row index */
    ReadOnlyData(IntSupplier columns, IntSupplier rows, BiFunction<Integer, Integer, Object> value) {
        this.columns = columns;
        this.rows = rows;
        this.value = value;
    }

    @Override
    public Object getDataValue(int column, int row) {
        return value.apply(column, row);
    }

    @Override
    public void setDataValue(int column, int row, Object newValue) {
        throw new UnsupportedOperationException(); // the comparison is computed, not edited
    }

    @Override
    public int getColumnCount() {
        return columns.getAsInt();
    }

    @Override
    public int getRowCount() {
        return rows.getAsInt();
    }
}
