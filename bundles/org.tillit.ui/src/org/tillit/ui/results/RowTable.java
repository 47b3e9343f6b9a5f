package org.tillit.ui.results;

import java.io.Serializable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.selection.event.RowSelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.tillit.ui.WidgetIds;

/**
 * Results (segments, search hits) in a NatTable: virtual (cells are read from {@link TableRows} as
 * they are painted), whole rows selected, sorted by a click on a column header. A double-click or
 * Enter opens the row.
 */
public final class RowTable<T> {

    /** How the table reacts: a selection (the first selected row, or null) and an open. */
    public record Reactions<T>(Consumer<T> onSelect, Consumer<T> onOpen) {
    }

    /** The config label of the cells of a column aligned right. */
    private static final String RIGHT = "tillit.alignedRight";

    private final TableRows<T> rows;
    private final TableSortModel<T> sortModel;
    private final DataLayer body;
    private final SelectionLayer selectionLayer;
    private final RowSelectionModel<T> selection;
    private final NatTable table;
    private List<Column<T>> columns;

    /**
     * @param rowId         what stays the same for a row when the results are shown anew (the selection follows it)
     * @param multiSelection whether several rows can be selected
     */
    public RowTable(Composite parent, String widgetId, Function<T, ? extends Serializable> rowId, boolean multiSelection, Reactions<T> reactions) {
        CollectionsFactories.prepare();
        Consumer<T> onSelect = reactions.onSelect();
        Consumer<T> onOpen = reactions.onOpen();
        columns = List.of();
        rows = new TableRows<>(columns);
        sortModel = new TableSortModel<>(rows, columns);
        body = new DataLayer(rows);
        body.setConfigLabelAccumulator((labels, columnPosition, rowPosition) -> {
            if (columnPosition < columns.size() && columns.get(columnPosition).alignedRight()) {
                labels.add(RIGHT);
            }
        });
        selectionLayer = new SelectionLayer(body);
        selection = new RowSelectionModel<>(selectionLayer, rows, rowId::apply, multiSelection);
        selectionLayer.setSelectionModel(selection);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        DataLayer headerData = new DataLayer(new HeaderRow());
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selectionLayer);
        SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(header, sortModel, false);
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        table = new NatTable(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        WidgetIds.tag(table, widgetId);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.addConfiguration(new LeftAlignedBody());
        table.configure();
        selectionLayer.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent || event instanceof RowSelectionEvent) {
                onSelect.accept(selected());
            }
        });
        table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (natTable, event) -> openAt(natTable.getRowPositionByY(event.y), onOpen));
        table.getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (natTable, event) -> {
            T chosen = selected();
            if (chosen != null) {
                onOpen.accept(chosen);
            }
        });
        widths();
    }

    /** Shows these rows, in the order the user sorted by; the columns may have changed (attributes). */
    public void show(List<T> results, List<Column<T>> shownAs) {
        boolean newColumns = !shownAs.stream().map(Column::header).toList()
                .equals(columns.stream().map(Column::header).toList());
        columns = List.copyOf(shownAs);
        sortModel.columns(columns);
        rows.show(results, columns, sortModel.order());
        if (newColumns) {
            widths();
        }
        table.refresh();
    }

    /** The (first) selected row, or null. */
    public T selected() {
        List<T> chosen = selection.getSelectedRowObjects();
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** Every selected row, in the order shown. */
    public List<T> selectedAll() {
        Set<T> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(selection.getSelectedRowObjects());
        return rows.all().stream().filter(chosen::contains).toList();
    }

    /** The rows in the order shown. */
    public List<T> shown() {
        return rows.all();
    }

    public NatTable control() {
        return table;
    }

    private void openAt(int rowPosition, Consumer<T> onOpen) {
        int index = table.getRowIndexByPosition(rowPosition);
        if (index >= 0 && index < rows.getRowCount()) {
            onOpen.accept(rows.getRowObject(index));
        }
    }

    private void widths() {
        for (int i = 0; i < columns.size(); i++) {
            body.setColumnWidthByPosition(i, columns.get(i).width(), false);
        }
    }

    /** Text reads from the left (NatTable centres cells by default), but for columns aligned right. */
    private static final class LeftAlignedBody extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            align(registry, HorizontalAlignmentEnum.LEFT, GridRegion.BODY);
            align(registry, HorizontalAlignmentEnum.RIGHT, RIGHT);
        }

        private static void align(IConfigRegistry registry, HorizontalAlignmentEnum alignment, String label) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, alignment);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.SELECT, label);
        }
    }

    /** The header row: the columns' titles, read when painted, so attribute columns can come and go. */
    private final class HeaderRow implements IDataProvider {

        @Override
        public Object getDataValue(int columnIndex, int rowIndex) {
            return columns.get(columnIndex).header();
        }

        @Override
        public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
            throw new UnsupportedOperationException(); // the headers are fixed
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }
}
