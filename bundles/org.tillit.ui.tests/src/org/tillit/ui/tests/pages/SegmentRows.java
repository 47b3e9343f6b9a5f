package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.graphics.Rectangle;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * A table of segments (org.tillit.ui.retrieval.SegmentTable), as the Retrieval and Comparison views
 * show them: read through its layers, all rows and columns, not only those scrolled into view. A
 * click selects a row through the command NatTable's mouse binding runs; a double-click is sent as
 * mouse events.
 */
final class SegmentRows {

    private final UiBot bot;
    private final NatTable table;

    SegmentRows(UiBot bot, NatTable table) {
        this.bot = bot;
        this.table = table;
    }

    NatTable table() {
        return table;
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

    void waitUntilRows(int count, String view) {
        bot.waitUntil(Condition.of(count + " segments in the " + view, () -> rowCount() == count));
    }

    /** Clicks (or double-clicks) the first row whose column contains the fragment (scrolled into view first). */
    void clickRow(String header, String text, boolean twice) {
        List<String> texts = column(header);
        int row = -1;
        for (int i = 0; i < texts.size() && row < 0; i++) {
            if (texts.get(i).contains(text)) {
                row = i;
            }
        }
        if (row < 0) {
            throw new AssertionError("no segment with '" + text + "' in " + texts);
        }
        int index = row;
        bot.run(() -> {
            viewport().moveRowPositionIntoViewport(index);
            int position = positionOf(index);
            Rectangle bounds = table.getBoundsByPosition(0, position);
            table.doCommand(new SelectRowsCommand(table, 0, position, false, false));
            if (twice) {
                NatTableMouse.doubleClick(table, bounds);
            }
        });
    }

    int columnPositionOf(int columnIndex) {
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

    ViewportLayer viewport() {
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
