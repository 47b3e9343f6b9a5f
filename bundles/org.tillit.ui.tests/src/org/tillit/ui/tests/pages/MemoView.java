package org.tillit.ui.tests.pages;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** The Memo view: what the memo is on, and its text. */
public final class MemoView {

    private final UiBot bot;
    private final Label target;
    private final Text text;

    MemoView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Memo");
        this.target = bot.widget(Label.class, WidgetIds.MEMO_TARGET);
        this.text = bot.widget(Text.class, WidgetIds.MEMO_TEXT);
    }

    public String target() {
        return bot.sync(() -> target.getText());
    }

    public void waitUntilOn(String description) {
        bot.waitUntil(Condition.of("the memo of " + description, () -> description.equals(target())));
    }

    public String text() {
        return new BotText(bot, text).text();
    }

    public void waitUntilText(String expected) {
        bot.waitUntil(Condition.of("the memo to read '" + expected + "'", () -> expected.equals(text())));
    }

    /** Types the whole memo (as the user would, Modify fires), focus stays in the memo. */
    public void type(String memo) {
        new BotText(bot, text).setText(memo);
    }
}
