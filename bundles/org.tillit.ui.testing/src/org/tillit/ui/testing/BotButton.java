package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** A push button. */
public final class BotButton {

    private final UiBot bot;
    private final Button button;

    BotButton(UiBot bot, Button button) {
        this.bot = bot;
        this.button = button;
    }

    public boolean isEnabled() {
        return bot.sync(button::isEnabled);
    }

    /** Waits until enabled, then clicks asynchronously (the click may close or open a dialog). */
    public void click() {
        bot.waitUntil(Condition.of("button '" + bot.sync(button::getText) + "' to be enabled", button::isEnabled));
        bot.async(() -> {
            if (!button.isDisposed()) {
                button.setFocus();
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }
}
