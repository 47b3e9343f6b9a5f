package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/** The Retrieval view: its query row, the NatTable of segments ({@link SegmentRows}) and the context below. */
public final class RetrievalView {

    private final UiBot bot;
    private final SegmentRows segments;

    RetrievalView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Retrieval");
        this.segments = new SegmentRows(bot, bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE));
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
        choose(bot, WidgetIds.RETRIEVAL_CONTEXT_KIND, label);
    }

    /** Chooses an item of a read-only combo by its label, as the user's choice does. */
    static void choose(UiBot bot, String comboId, String label) {
        bot.run(() -> {
            Combo combo = bot.widget(Combo.class, comboId);
            int index = combo.indexOf(label);
            if (index < 0) {
                throw new AssertionError("no '" + label + "' in " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public List<String> headers() {
        return segments.headers();
    }

    public int rowCount() {
        return segments.rowCount();
    }

    /** The cell of a row (from 0) under the column with this header. */
    public String cell(int row, String header) {
        return segments.cell(row, header);
    }

    /** Every value of a column, in the order shown. */
    public List<String> column(String header) {
        return segments.column(header);
    }

    public void waitUntilRows(int count) {
        segments.waitUntilRows(count, "Retrieval view");
    }

    /** Clicks the first row whose Text column contains the fragment (scrolled into view first). */
    public void click(String text) {
        segments.clickRow("Text", text, false);
    }

    public void doubleClick(String text) {
        segments.clickRow("Text", text, true);
    }

    /**
     * Clicks a column's header, which sorts by it: the command NatTable's click binding runs (its
     * click waits for a possible double-click on a timer that posted events do not drive).
     */
    public void clickHeader(String header) {
        int column = headers().indexOf(header);
        NatTable table = segments.table();
        bot.run(() -> {
            segments.viewport().moveColumnPositionIntoViewport(column);
            table.doCommand(new SortColumnCommand(table, segments.columnPositionOf(column), false));
        });
    }

    /** The context text below the table. */
    public String context() {
        return bot.sync(() -> bot.widget(StyledText.class, WidgetIds.RETRIEVAL_CONTEXT).getText());
    }
}
