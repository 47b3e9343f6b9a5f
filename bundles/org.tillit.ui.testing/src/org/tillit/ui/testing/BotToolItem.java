package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;

/** A tool bar button; radio items are selected the way a click selects them. */
public final class BotToolItem {

    private final UiBot bot;
    private final ToolItem item;

    BotToolItem(UiBot bot, ToolItem item) {
        this.bot = bot;
        this.item = item;
    }

    /** Asynchronous, because the button may open a modal dialog. */
    public void click() {
        bot.waitUntil(Condition.of("tool item '" + bot.sync(item::getText) + "' to be enabled", item::isEnabled));
        bot.async(() -> {
            if ((item.getStyle() & SWT.RADIO) != 0) {
                for (ToolItem sibling : item.getParent().getItems()) {
                    if ((sibling.getStyle() & SWT.RADIO) != 0) {
                        sibling.setSelection(sibling == item);
                    }
                }
            }
            item.notifyListeners(SWT.Selection, new Event());
        });
    }

    public boolean isSelected() {
        return bot.sync(item::getSelection);
    }
}
