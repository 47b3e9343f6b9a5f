package org.tillit.ui.tests.pages;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/** Edit > Replace in All Documents…: the dialog, then the message that says how many places changed. */
public final class ReplaceAllPage {

    public static final String TITLE = "Replace in All Documents";

    private final UiBot bot;
    private final BotShell dialog;

    ReplaceAllPage(UiBot bot, BotShell dialog) {
        this.bot = bot;
        this.dialog = dialog;
    }

    /** Fills in the name and its replacement, replaces, and returns the message shown afterwards. */
    public String replace(String find, String replacement) {
        new BotText(bot, dialog.widget(Text.class, WidgetIds.REPLACE_FIND)).setText(find);
        new BotText(bot, dialog.widget(Text.class, WidgetIds.REPLACE_WITH)).setText(replacement);
        dialog.button("Replace All").click();
        dialog.waitUntilClosed();
        BotShell done = bot.shell(TITLE);
        String message = bot.sync(() -> {
            for (Label label : Widgets.labels(done.widget())) {
                if (label.getText().contains("places changed")) {
                    return label.getText();
                }
            }
            return "";
        });
        done.button("OK").click();
        return message;
    }
}
