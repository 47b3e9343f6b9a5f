package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Retrieval view: its query row (with the code picker), the table of segments
 * ({@link ResultsTable}) and the context below.
 */
public final class RetrievalView {

    private final UiBot bot;
    private final ResultsTable table;

    RetrievalView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Retrieval");
        this.table = new ResultsTable(bot, bot.widget(NatTable.class, WidgetIds.RETRIEVAL_TABLE));
    }

    public String code() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.RETRIEVAL_CODE).getText());
    }

    /** Code… opens the code picker: type, highlight the row shown so, Enter. */
    public void pickCode(String typed, String row) {
        bot.shellStartingWith("Tillit – ").button("Code…").click();
        BotShell dialog = bot.shell("Retrieve the segments of");
        new CodePickerPage(bot, dialog).choose(typed, row);
        dialog.waitUntilClosed();
    }

    public void withSubcodes(boolean with) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, WidgetIds.RETRIEVAL_SUBCODES));
        if (box.isChecked() != with) {
            box.click();
        }
    }

    /** Leaves out the interviewer's turns, or not. */
    public void respondentsOnly(boolean only) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, WidgetIds.RETRIEVAL_RESPONDENTS));
        if (box.isChecked() != only) {
            box.click();
        }
    }

    /** A condition on the attributes, typed as --where takes it. */
    public void where(String condition) {
        new BotText(bot, bot.widget(Text.class, WidgetIds.RETRIEVAL_WHERE)).setText(condition);
    }

    /** What the count beside the code says ("2 segments", "Condition not understood"), and its tooltip. */
    public List<String> count() {
        return bot.sync(() -> {
            Label count = bot.widget(Label.class, WidgetIds.RETRIEVAL_COUNT);
            return List.of(count.getText(), String.valueOf(count.getToolTipText()));
        });
    }

    public void filter(String text) {
        new BotText(bot, bot.widget(Text.class, WidgetIds.RETRIEVAL_FILTER)).setText(text);
    }

    /** Chooses whose codings are retrieved ("All coders", or a coder's name), once the coder is offered. */
    public void coder(String label) {
        Combo coders = bot.widget(Combo.class, WidgetIds.RETRIEVAL_CODER);
        bot.waitUntil(Condition.of("coder '" + label + "' offered", () -> bot.sync(() -> coders.indexOf(label) >= 0)));
        bot.run(() -> Widgets.choose(coders, label));
    }

    /** Chooses the context by its label in the combo ("Speaker turn"). */
    public void context(String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, WidgetIds.RETRIEVAL_CONTEXT_KIND), label));
    }

    /** Clicks the first row whose Text contains the first fragment, then Ctrl+clicks those with the others. */
    public void select(String... fragments) {
        table.click("Text", fragments[0], false);
        for (int i = 1; i < fragments.length; i++) {
            table.addToSelection("Text", fragments[i]);
        }
    }

    public List<String> headers() {
        return table.headers();
    }

    public int rowCount() {
        return table.rowCount();
    }

    /** The cell of a row (from 0) under the column with this header. */
    public String cell(int row, String header) {
        return table.cell(row, header);
    }

    /** Every value of a column, in the order shown. */
    public List<String> column(String header) {
        return table.column(header);
    }

    public void waitUntilRows(int count) {
        bot.waitUntil(Condition.of(count + " segments in the Retrieval view", () -> rowCount() == count));
    }

    /** Clicks the first row whose Text column contains the fragment (scrolled into view first). */
    public void click(String text) {
        table.click("Text", text, false);
    }

    public void doubleClick(String text) {
        table.click("Text", text, true);
    }

    /** Clicks a column's header, which sorts by it. */
    public void clickHeader(String header) {
        table.clickHeader(header);
    }

    /** The context text below the table. */
    public String context() {
        return bot.sync(() -> bot.widget(StyledText.class, WidgetIds.RETRIEVAL_CONTEXT).getText());
    }
}
