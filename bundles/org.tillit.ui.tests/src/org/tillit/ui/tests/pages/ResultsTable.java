package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.tillit.ui.testing.UiBot;

/**
 * A results table (the Retrieval view's segments, the Text search view's hits): a NatTable read
 * through its layers, all rows and columns, not only those scrolled into view. A click selects a row
 * through the command NatTable's mouse binding runs; a double-click is sent as mouse events.
 */
final class ResultsTable {

    private final UiBot bot;
    private final NatTable table;

    ResultsTable(UiBot bot, NatTable table) {
        this.bot = bot;
        this.table = table;
    }

    List<String> headers() {
        return bot.sync(() -> {
            ILayer header = headerData();
            List<String> names = new ArrayList<>();
            for (int column = 0; column < header.getColumnCount(); column++) {
                names.add(String.valueOf(header.getDataValueByPosition(column, 0)));
            }
            return names;
        });
    }

    int rowCount() {
        return bot.sync(() -> bodyData().getRowCount());
    }

    /** The cell of a row (from 0) under the column with this header. */
    String cell(int row, String header) {
        int column = headers().indexOf(header);
        return bot.sync(() -> String.valueOf(bodyData().getDataValueByPosition(column, row)));
    }

    /** Every value of a column, in the order shown. */
    List<String> column(String header) {
        int column = headers().indexOf(header);
        return bot.sync(() -> {
            ILayer body = bodyData();
            List<String> values = new ArrayList<>();
            for (int row = 0; row < body.getRowCount(); row++) {
                values.add(String.valueOf(body.getDataValueByPosition(column, row)));
            }
            return values;
        });
    }

    /**
     * Clicks a column's header, which sorts by it: the command NatTable's click binding runs (its
     * click waits for a possible double-click on a timer that posted events do not drive).
     */
    void clickHeader(String header) {
        int column = headers().indexOf(header);
        bot.run(() -> {
            viewport().moveColumnPositionIntoViewport(column);
            table.doCommand(new SortColumnCommand(table, columnPositionOf(column), false));
        });
    }

    /** Clicks the first row whose cell under the header contains the fragment (scrolled into view first). */
    void click(String header, String text, boolean twice) {
        clickRow(rowWith(header, text), false, twice);
    }

    /** Ctrl+click: the row joins the selection. */
    void addToSelection(String header, String text) {
        clickRow(rowWith(header, text), true, false);
    }

    private int rowWith(String header, String text) {
        List<String> texts = column(header);
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no row with '" + text + "' in " + texts);
    }

    private void clickRow(int index, boolean withControl, boolean twice) {
        bot.run(() -> {
            viewport().moveRowPositionIntoViewport(index);
            int position = positionOf(index);
            Rectangle bounds = table.getBoundsByPosition(0, position);
            int x = bounds.x + bounds.width / 2;
            int y = bounds.y + bounds.height / 2;
            table.doCommand(new SelectRowsCommand(table, 0, position, false, withControl));
            if (twice) {
                mouse(SWT.MouseDown, x, y, 2);
                mouse(SWT.MouseDoubleClick, x, y, 2);
                mouse(SWT.MouseUp, x, y, 2);
            }
        });
    }

    private int columnPositionOf(int columnIndex) {
        for (int position = 0; position < table.getColumnCount(); position++) {
            if (table.getColumnIndexByPosition(position) == columnIndex) {
                return position;
            }
        }
        throw new AssertionError("column " + columnIndex + " is not in view");
    }

    /** Where the row with this index is painted (after the header row); it must be in view. */
    private int positionOf(int rowIndex) {
        for (int position = 1; position < table.getRowCount(); position++) {
            if (table.getRowIndexByPosition(position) == rowIndex) {
                return position;
            }
        }
        throw new AssertionError("row " + rowIndex + " is not in view");
    }

    /** Mouse events straight to the table: XTest pointer events reach GTK under Xvfb at the wrong place. */
    private void mouse(int type, int x, int y, int count) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = 1;
        event.count = count;
        table.notifyListeners(type, event);
    }

    private ViewportLayer viewport() {
        return (ViewportLayer) ((CompositeLayer) table.getLayer()).getChildLayerByRegionName(GridRegion.BODY);
    }

    /** Below the viewport: every row and column. */
    private ILayer bodyData() {
        return viewport().getScrollableLayer();
    }

    private ILayer headerData() {
        ILayer sortHeader = ((CompositeLayer) table.getLayer()).getChildLayerByRegionName(GridRegion.COLUMN_HEADER);
        return ((ColumnHeaderLayer) sortHeader.getUnderlyingLayerByPosition(0, 0)).getBaseLayer();
    }
}
