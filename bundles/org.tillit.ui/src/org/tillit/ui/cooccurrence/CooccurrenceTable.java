package org.tillit.ui.cooccurrence;

import java.util.function.BiConsumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.results.CollectionsFactories;

/**
 * The code x code matrix in a NatTable: code paths as row and column headers, a cell per pair of
 * codes, the diagonal greyed, cells shaded lightly by their count. Selecting a cell reports its
 * row and column (code indexes), so its pairs can be listed.
 */
public final class CooccurrenceTable {

    private static final int ROW_HEADER_WIDTH = 240;
    private static final int COLUMN_WIDTH = 130;
    /** Light blues: dark text stays readable on the darkest; they print as light greys. */
    private static final int[][] SHADES = { { 0xEA, 0xF2, 0xFA }, { 0xCF, 0xE2, 0xF3 }, { 0xAE, 0xCD, 0xEA },
            { 0x8A, 0xB6, 0xDE } };

    private final CooccurrenceCells cells = new CooccurrenceCells();
    private final DefaultGridLayer grid;
    private final NatTable table;

    public CooccurrenceTable(Composite parent, BiConsumer<Integer, Integer> onSelect) {
        CollectionsFactories.prepare();
        grid = new DefaultGridLayer(cells, new Header(true), new Header(false), new Corner());
        DataLayer body = (DataLayer) grid.getBodyDataLayer();
        body.setConfigLabelAccumulator(cells);
        body.setDefaultColumnWidth(COLUMN_WIDTH);
        ((DataLayer) grid.getRowHeaderDataLayer()).setDefaultColumnWidth(ROW_HEADER_WIDTH);
        table = new NatTable(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, grid, false);
        WidgetIds.tag(table, WidgetIds.COOCCURRENCE_MATRIX);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new Shading());
        table.configure();
        SelectionLayer selection = selectionLayer();
        selection.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent cell) {
                int column = selection.getColumnIndexByPosition(cell.getColumnPosition());
                int row = selection.getRowIndexByPosition(cell.getRowPosition());
                if (row >= 0 && column >= 0 && row < cells.size() && column < cells.size()) {
                    onSelect.accept(row, column);
                }
            }
        });
    }

    public void show(CooccurrenceMatrix matrix, boolean showDocuments) {
        cells.show(matrix, showDocuments);
        selectionLayer().clear(false);
        table.refresh();
    }

    public CooccurrenceMatrix matrix() {
        return cells.matrix();
    }

    public NatTable control() {
        return table;
    }

    public SelectionLayer selectionLayer() {
        return grid.getBodyLayer().getSelectionLayer();
    }

    /** A header of codes: their short labels along the top (columns), their paths down the side (rows). */
    private final class Header implements IDataProvider {

        private final boolean columns;

        Header(boolean columns) {
            this.columns = columns;
        }

        @Override
        public Object getDataValue(int column, int row) {
            return columns ? cells.shortPaths().get(column) : cells.codes().get(row).codePath();
        }

        @Override
        public void setDataValue(int column, int row, Object newValue) {
            throw new UnsupportedOperationException(); // headers are the codes
        }

        @Override
        public int getColumnCount() {
            return columns ? cells.size() : 1;
        }

        @Override
        public int getRowCount() {
            return columns ? 1 : cells.size();
        }
    }

    /** The empty corner above the row headers. */
    private final class Corner implements IDataProvider {

        @Override
        public Object getDataValue(int column, int row) {
            return "";
        }

        @Override
        public void setDataValue(int column, int row, Object newValue) {
            throw new UnsupportedOperationException(); // nothing to edit
        }

        @Override
        public int getColumnCount() {
            return 1;
        }

        @Override
        public int getRowCount() {
            return 1;
        }
    }

    /** The diagonal in grey, counts shaded from light to darker blue. */
    private static final class Shading extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            Style diagonal = new Style();
            diagonal.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.getColor(0xE4, 0xE4, 0xE4));
            diagonal.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.getColor(0x80, 0x80, 0x80));
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, diagonal, DisplayMode.NORMAL,
                    CooccurrenceCells.DIAGONAL);
            for (int i = 0; i < SHADES.length; i++) {
                Style shade = new Style();
                Color colour = GUIHelper.getColor(SHADES[i][0], SHADES[i][1], SHADES[i][2]);
                shade.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, colour);
                shade.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, shade, DisplayMode.NORMAL,
                        CooccurrenceCells.SHADES.get(i));
            }
            Style left = new Style();
            left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.ROW_HEADER);
        }
    }
}
