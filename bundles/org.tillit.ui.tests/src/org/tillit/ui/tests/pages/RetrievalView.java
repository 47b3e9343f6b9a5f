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
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Retrieval view: its query row, the NatTable of segments (read through its layers, all rows and
 * columns, not only those scrolled into view) and the context below. A click selects a row through
 * the command NatTable's mouse binding runs; a double-click is sent as mouse events.
 */
public final class RetrievalView {

    private final UiBot bot;
    private final NatTable table;

    RetrievalView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Retrieval");
        this.table = bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE);
    }

    public String code() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.RETRIEVAL_CODE).getText());
    }

    public void withSubcodes(boolean with) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, WidgetIds.RETRIEVAL_SUBCODES));
        if (box.isChecked() != with) {
            box.click();
        }
    }

    public void filter(String text) {
        new BotText(bot, bot.widget(Text.class, WidgetIds.RETRIEVAL_FILTER)).setText(text);
    }

    /** Chooses the context by its label in the combo ("Speaker turn"). */
    public void context(String label) {
        bot.run(() -> {
            Combo combo = bot.widget(Combo.class, WidgetIds.RETRIEVAL_CONTEXT_KIND);
            combo.select(combo.indexOf(label));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public List<String> headers() {
        return bot.sync(() -> {
            ILayer header = headerData();
            List<String> names = new ArrayList<>();
            for (int column = 0; column < header.getColumnCount(); column++) {
                names.add(String.valueOf(header.getDataValueByPosition(column, 0)));
            }
            return names;
        });
    }

    public int rowCount() {
        return bot.sync(() -> bodyData().getRowCount());
    }

    /** The cell of a row (from 0) under the column with this header. */
    public String cell(int row, String header) {
        int column = headers().indexOf(header);
        return bot.sync(() -> String.valueOf(bodyData().getDataValueByPosition(column, row)));
    }

    /** Every value of a column, in the order shown. */
    public List<String> column(String header) {
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

    public void waitUntilRows(int count) {
        bot.waitUntil(Condition.of(count + " segments in the Retrieval view", () -> rowCount() == count));
    }

    /** Clicks the first row whose Text column contains the fragment (scrolled into view first). */
    public void click(String text) {
        clickRow(text, false);
    }

    public void doubleClick(String text) {
        clickRow(text, true);
    }

    /**
     * Clicks a column's header, which sorts by it: the command NatTable's click binding runs (its
     * click waits for a possible double-click on a timer that posted events do not drive).
     */
    public void clickHeader(String header) {
        int column = headers().indexOf(header);
        bot.run(() -> {
            viewport().moveColumnPositionIntoViewport(column);
            table.doCommand(new SortColumnCommand(table, columnPositionOf(column), false));
        });
    }

    /** The context text below the table. */
    public String context() {
        return bot.sync(() -> bot.widget(StyledText.class, WidgetIds.RETRIEVAL_CONTEXT).getText());
    }

    private void clickRow(String text, boolean twice) {
        List<String> texts = column("Text");
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
            int x = bounds.x + bounds.width / 2;
            int y = bounds.y + bounds.height / 2;
            table.doCommand(new SelectRowsCommand(table, 0, position, false, false));
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
