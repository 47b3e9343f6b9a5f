package org.tillit.ui.comparison;

import java.util.function.BiConsumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ImagePainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.CellPainterDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.SelectionStyleLabels;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.tillit.query.Cell;
import org.tillit.query.ComparisonMatrix;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.results.CollectionsFactories;

/**
 * The comparison as a heat map in a NatTable: a row per code (its path as row header), a column per
 * group (its label and number of cases), each cell the value chosen, shaded by a config label per
 * {@link HeatScale} level; a cell the respondent check flags carries a warning icon and says why in
 * its tooltip ({@link CellTooltip}). Selecting a cell reports its row and column.
 */
public final class ComparisonTable {

    /** Config label of a cell the respondent check flags. */
    public static final String FLAGGED = "tillit.comparison.flagged";
    private static final String HEAT = "tillit.comparison.heat.";
    private static final int ROW_HEADER_WIDTH = 260;
    private static final int MAX_ROW_HEADER_WIDTH = 300;
    private static final int COLUMN_WIDTH = 130;
    private static final int MIN_COLUMN_WIDTH = 90;
    private static final RGB SELECTED = new RGB(255, 204, 102);
    /** Room between a number and its cell's sides. */
    private static final int SPACING = 6;
    /** Room beside a header's text for the cell's padding and the warning icon. */
    private static final int PADDING = 28;

    private final DataLayer body;
    private final DataLayer columnHeaderData;
    private final DataLayer rowHeaderData;
    private final SelectionLayer selectionLayer;
    private final NatTable table;
    private ComparisonResult result;

    public ComparisonTable(Composite parent, BiConsumer<Integer, Integer> onSelect) {
        CollectionsFactories.prepare();
        body = new DataLayer(new ReadOnlyData(this::columns, this::rows, (c, r) -> result.formatted(r, c)), COLUMN_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT);
        body.setConfigLabelAccumulator(this::labels);
        selectionLayer = new SelectionLayer(body);
        ViewportLayer viewport = new ViewportLayer(selectionLayer);
        columnHeaderData = new DataLayer(groups(), COLUMN_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);
        rowHeaderData = new DataLayer(codes(), ROW_HEADER_WIDTH, DataLayer.DEFAULT_ROW_HEIGHT);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);
        DataLayer cornerData = new DataLayer(new DefaultCornerDataProvider(groups(), codes()));
        CornerLayer corner = new CornerLayer(cornerData, rowHeader, columnHeader);
        GridLayer grid = new GridLayer(viewport, columnHeader, rowHeader, corner);
        table = new NatTable(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        WidgetIds.tag(table, WidgetIds.COMPARISON_MATRIX);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new HeatMapStyles());
        table.configure();
        new CellTooltip(table, this::cellAt);
        selectionLayer.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent selected && result != null
                    && selected.getRowPosition() >= 0 && selected.getColumnPosition() >= 0) {
                onSelect.accept(selected.getRowPosition(), selected.getColumnPosition());
            }
        });
    }

    /** Shows this result (null: nothing); a new matrix drops the selection. */
    public void show(ComparisonResult shown) {
        boolean newMatrix = result == null || shown == null || result.matrix() != shown.matrix();
        result = shown;
        if (newMatrix) {
            selectionLayer.clear(false);
        }
        if (newMatrix && shown != null) {
            widths();
        }
        table.refresh();
    }

    /** Selects a cell, as a click does (its quotes are shown). */
    public void select(int row, int column) {
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
    }

    public NatTable control() {
        return table;
    }

    /** The matrix cell at a body row and column, or null. */
    private Cell cellAt(int row, int column) {
        if (result == null || row < 0 || column < 0 || row >= rows() || column >= columns()) {
            return null;
        }
        return result.matrix().cell(row, column);
    }

    private void labels(LabelStack labels, int column, int row) {
        if (result == null) {
            return;
        }
        labels.add(HEAT + result.heatLevel(row, column));
        if (result.matrix().cell(row, column).flagged()) {
            labels.add(FLAGGED);
        }
    }

    /** The column headers: each group with its number of cases. */
    private ReadOnlyData groups() {
        return new ReadOnlyData(this::columns, () -> 1, (c, r) -> header(result.matrix().columns().get(c)));
    }

    private static String header(ComparisonMatrix.Column group) {
        return NLS.bind(Messages.Table_group, group.label(), group.cases());
    }

    /** The row headers: each code's path. */
    private ReadOnlyData codes() {
        return new ReadOnlyData(() -> 1, this::rows, (c, r) -> result.matrix().rows().get(r).codePath());
    }

    /** Columns as wide as their headers, the row headers as wide as the longest path (within reason). */
    private void widths() {
        GC gc = new GC(table);
        try {
            gc.setFont(table.getFont());
            for (int c = 0; c < columns(); c++) {
                int width = Math.max(MIN_COLUMN_WIDTH, gc.textExtent(header(result.matrix().columns().get(c))).x + PADDING);
                body.setColumnWidthByPosition(c, width, false);
            }
            int paths = MIN_COLUMN_WIDTH;
            for (ComparisonMatrix.Row row : result.matrix().rows()) {
                paths = Math.max(paths, gc.textExtent(row.codePath()).x + PADDING);
            }
            rowHeaderData.setColumnWidthByPosition(0, Math.min(MAX_ROW_HEADER_WIDTH, paths), false);
        } finally {
            gc.dispose();
        }
    }

    private int rows() {
        return result == null ? 0 : result.matrix().rows().size();
    }

    private int columns() {
        return result == null ? 0 : result.matrix().columns().size();
    }

    /** A style per heat level (shade and readable text), numbers to the right, the warning icon on flagged cells. */
    private static final class HeatMapStyles extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            for (int level = 0; level <= HeatScale.LEVELS; level++) {
                Style style = new Style();
                style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(HeatScale.background(level)));
                style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(HeatScale.foreground(level)));
                style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, HEAT + level);
            }
            // NatTable's grey selection would hide the number; a highlighter's amber stands out from the blues
            Style selected = new Style();
            selected.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, new Color(SELECTED));
            selected.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, new Color(0, 0, 0));
            selected.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT, GridRegion.BODY);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, selected, DisplayMode.SELECT,
                    SelectionStyleLabels.SELECTION_ANCHOR_STYLE);
            Style paths = new Style();
            paths.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, paths, DisplayMode.NORMAL, GridRegion.ROW_HEADER);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                    new LineBorderDecorator(padded(new TextPainter())), DisplayMode.NORMAL, GridRegion.BODY);
            ImagePainter warning = new ImagePainter(JFaceResources.getImage(Dialog.DLG_IMG_MESSAGE_WARNING));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LineBorderDecorator(
                    padded(new CellPainterDecorator(new TextPainter(), CellEdgeEnum.LEFT, warning))),
                    DisplayMode.NORMAL, FLAGGED);
        }

        /** Room between a number and its cell's sides, not above or below: the row stays one line high. */
        private static ICellPainter padded(ICellPainter painter) {
            return new PaddingDecorator(painter, 0, SPACING, 0, SPACING);
        }
    }
}
