package org.tillit.ui.tests.pages;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Label;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotStyledText;
import org.tillit.ui.testing.UiBot;

/** The Document view: the open document's title line and text. */
public final class DocumentView {

    private final UiBot bot;
    private final BotStyledText text;
    private final Label title;

    DocumentView(UiBot bot) {
        this.bot = bot;
        this.text = new BotStyledText(bot, bot.widget(StyledText.class, WidgetIds.DOCUMENT_TEXT));
        this.title = bot.widget(Label.class, WidgetIds.DOCUMENT_TITLE);
    }

    public String text() {
        return text.text();
    }

    public String title() {
        return bot.sync(() -> title.getText().strip());
    }

    public void waitUntilShowing(String fragment) {
        text.waitUntilContains(fragment);
    }
}
