package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;

/** A menu item; clicking sends the selection event a real click sends. */
public final class BotMenuItem {

    private final UiBot bot;
    private final MenuItem item;

    BotMenuItem(UiBot bot, MenuItem item) {
        this.bot = bot;
        this.item = item;
    }

    /** The label as the user reads it. */
    public String text() {
        return Labels.plain(bot.sync(item::getText));
    }

    public boolean isEnabled() {
        return bot.sync(item::isEnabled);
    }

    /** Asynchronous, because the item may open a modal dialog. */
    public void click() {
        bot.waitUntil(Condition.of("menu item '" + bot.sync(item::getText) + "' to be enabled", item::isEnabled));
        bot.async(() -> item.notifyListeners(SWT.Selection, new Event()));
    }
}
