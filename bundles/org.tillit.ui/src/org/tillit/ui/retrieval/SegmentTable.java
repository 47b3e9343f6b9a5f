package org.tillit.ui.retrieval;

import java.util.List;
import java.util.function.Consumer;

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
import org.tillit.query.Segment;
import org.tillit.ui.WidgetIds;

/**
 * The retrieved segments in a NatTable: virtual (cells are read from {@link SegmentRows} as they are
 * painted), one row selected at a time, sorted by a click on a column header. A double-click or
 * Enter opens the segment.
 */
public final class SegmentTable {

    private final SegmentRows rows;
    private final SegmentSortModel sortModel;
    private final DataLayer body;
    private final SelectionLayer selectionLayer;
    private final RowSelectionModel<Segment> selection;
    private final NatTable table;
    private SegmentColumns columns;

    /** @param id the WidgetIds id the tests find the table by */
    public SegmentTable(Composite parent, String id, Consumer<Segment> onSelect, Consumer<Segment> onOpen) {
        CollectionsFactories.prepare();
        columns = new SegmentColumns(List.of());
        rows = new SegmentRows(columns);
        sortModel = new SegmentSortModel(rows, columns);
        body = new DataLayer(rows);
        selectionLayer = new SelectionLayer(body);
        selection = new RowSelectionModel<>(selectionLayer, rows, Segment::codingGuid, false);
        selectionLayer.setSelectionModel(selection);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        DataLayer headerData = new DataLayer(new HeaderRow());
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selectionLayer);
        SortHeaderLayer<Segment> sortHeader = new SortHeaderLayer<>(header, sortModel, false);
        CompositeLayer grid = new CompositeLayer(1, 2);
        grid.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
        grid.setChildLayer(GridRegion.BODY, viewport, 0, 1);
        table = new NatTable(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        WidgetIds.tag(table, id);
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
            Segment chosen = selected();
            if (chosen != null) {
                onOpen.accept(chosen);
            }
        });
        widths();
    }

    /** Shows these segments, in the order the user sorted by; the attribute columns may have changed. */
    public void show(List<Segment> segments, SegmentColumns shownAs) {
        boolean newColumns = !shownAs.all().stream().map(SegmentColumns.Column::header).toList()
                .equals(columns.all().stream().map(SegmentColumns.Column::header).toList());
        columns = shownAs;
        sortModel.columns(shownAs);
        rows.show(segments, shownAs, sortModel.order());
        if (newColumns) {
            widths();
        }
        table.refresh();
    }

    /** The selected segment, or null. */
    public Segment selected() {
        List<Segment> chosen = selection.getSelectedRowObjects();
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** The segments in the order shown. */
    public List<Segment> shown() {
        return rows.all();
    }

    public NatTable control() {
        return table;
    }

    private void openAt(int rowPosition, Consumer<Segment> onOpen) {
        int index = table.getRowIndexByPosition(rowPosition);
        if (index >= 0 && index < rows.getRowCount()) {
            onOpen.accept(rows.getRowObject(index));
        }
    }

    private void widths() {
        for (int i = 0; i < columns.count(); i++) {
            body.setColumnWidthByPosition(i, columns.get(i).width(), false);
        }
    }

    /** Text reads from the left; NatTable centres cells by default. */
    private static final class LeftAlignedBody extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            Style left = new Style();
            left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.SELECT, GridRegion.BODY);
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
            return columns.count();
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }
}
