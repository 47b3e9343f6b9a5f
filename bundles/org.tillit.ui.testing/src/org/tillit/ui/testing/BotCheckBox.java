package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** A check box: a click toggles it and tells its listeners, as a mouse click does. */
public final class BotCheckBox {

    private final UiBot bot;
    private final Button button;

    public BotCheckBox(UiBot bot, Button button) {
        if ((bot.sync(button::getStyle) & SWT.CHECK) == 0) {
            throw new IllegalArgumentException("not a check box: " + button);
        }
        this.bot = bot;
        this.button = button;
    }

    public boolean isChecked() {
        return bot.sync(button::getSelection);
    }

    public void click() {
        bot.waitUntil(Condition.of("check box '" + bot.sync(button::getText) + "' to be enabled", button::isEnabled));
        bot.run(() -> {
            button.setSelection(!button.getSelection());
            button.notifyListeners(SWT.Selection, new Event());
        });
    }
}
