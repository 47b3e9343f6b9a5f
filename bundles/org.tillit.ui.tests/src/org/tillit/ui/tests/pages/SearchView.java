package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
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
 * The Text search view: the search field (Enter searches), its options and scope, the count, the
 * inline message, the hits ({@link ResultsTable}) and the selected hit in its context; the way into
 * the autocode dialogs.
 */
public final class SearchView {

    private final UiBot bot;
    private final BotShell window;
    private final ResultsTable table;

    SearchView(UiBot bot, BotShell window) {
        this.bot = bot;
        this.window = window;
        Tabs.show(bot, "Text search");
        this.table = new ResultsTable(bot, bot.widget(NatTable.class, WidgetIds.SEARCH_TABLE));
    }

    /** Types the text and presses Enter in the search field. */
    public SearchView search(String text) {
        BotText field = new BotText(bot, bot.widget(Text.class, WidgetIds.SEARCH_TEXT));
        field.setText(text);
        field.pressEnter();
        return this;
    }

    /** "Phrase", "Any of the words", "Regular expression": a changed option searches again. */
    public SearchView mode(String label) {
        choose(WidgetIds.SEARCH_MODE, label);
        return this;
    }

    public SearchView wholeWord(boolean on) {
        check(WidgetIds.SEARCH_WHOLE_WORD, on);
        return this;
    }

    public SearchView matchCase(boolean on) {
        check(WidgetIds.SEARCH_CASE, on);
        return this;
    }

    /** "All documents", "Documents selected in the Documents view", "Documents meeting a condition". */
    public SearchView searchIn(String label) {
        choose(WidgetIds.SEARCH_SCOPE, label);
        return this;
    }

    /** Types the condition and presses Enter in its field. */
    public SearchView where(String condition) {
        BotText field = new BotText(bot, bot.widget(Text.class, WidgetIds.SEARCH_WHERE));
        field.setText(condition);
        field.pressEnter();
        return this;
    }

    public String count() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.SEARCH_COUNT).getText());
    }

    /** Waits until the count says this ("4 hits in 3 documents", "No hits"). */
    public void waitForCount(String expected) {
        bot.waitUntil(Condition.of("'" + expected + "' in the Text search view (it says '" + count() + "')",
                () -> expected.equals(count())));
    }

    /** The message below the search rows: a problem with what was asked, or what autocoding did. */
    public String message() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.SEARCH_MESSAGE).getText());
    }

    public void waitForMessage(String start) {
        bot.waitUntil(Condition.of("a message starting '" + start + "' (it says '" + message() + "')",
                () -> message().startsWith(start)));
    }

    public List<String> headers() {
        return table.headers();
    }

    public List<String> column(String header) {
        return table.column(header);
    }

    public int rowCount() {
        return table.rowCount();
    }

    /** Clicks the first hit whose document is this and whose hit column contains the text. */
    public void click(String hit) {
        table.click("Hit", hit, false);
    }

    /** Ctrl+click on the first row whose "After" column contains the text. */
    public void addToSelection(String after) {
        table.addToSelection("After", after);
    }

    public void doubleClick(String hit) {
        table.click("Hit", hit, true);
    }

    /** The context pane's text. */
    public String context() {
        return bot.sync(() -> bot.widget(StyledText.class, WidgetIds.SEARCH_CONTEXT).getText());
    }

    /** The emphasised (bold) part of the context pane. */
    public String emphasised() {
        return bot.sync(() -> {
            StyledText text = bot.widget(StyledText.class, WidgetIds.SEARCH_CONTEXT);
            StringBuilder bold = new StringBuilder();
            for (StyleRange range : text.getStyleRanges()) {
                if ((range.fontStyle & SWT.BOLD) != 0) {
                    bold.append(text.getText(range.start, range.start + range.length - 1));
                }
            }
            return bold.toString();
        });
    }

    public AutocodePage openAutocode() {
        window.button("Autocode…").click();
        return new AutocodePage(bot, bot.shell(AutocodePage.HITS_TITLE));
    }

    public AutocodePage openAutocodeSpeaker() {
        window.button("Autocode a speaker's turns…").click();
        return new AutocodePage(bot, bot.shell(AutocodePage.SPEAKER_TITLE));
    }

    private void check(String id, boolean on) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, id));
        if (box.isChecked() != on) {
            box.click();
        }
    }

    private void choose(String id, String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, id), label));
    }
}
