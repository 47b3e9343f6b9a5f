package org.tillit.ui.testing;

import org.eclipse.swt.custom.StyledText;

/** A StyledText, such as a document's text. */
public final class BotStyledText {

    private final UiBot bot;
    private final StyledText text;

    public BotStyledText(UiBot bot, StyledText text) {
        this.bot = bot;
        this.text = text;
    }

    public String text() {
        return bot.sync(text::getText);
    }

    public void waitUntilContains(String fragment) {
        bot.waitUntil(Condition.of("the text to contain '" + fragment + "'", () -> text.getText().contains(fragment)));
    }
}
