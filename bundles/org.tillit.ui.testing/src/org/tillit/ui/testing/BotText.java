package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** A text field. */
public final class BotText {

    private final UiBot bot;
    private final Text text;

    public BotText(UiBot bot, Text text) {
        this.bot = bot;
        this.text = text;
    }

    public String text() {
        return bot.sync(text::getText);
    }

    /** Replaces the content as typing would (Modify fires), without pressing Enter. */
    public BotText setText(String value) {
        bot.run(() -> {
            text.setFocus();
            text.setText(value);
        });
        return this;
    }

    /**
     * Presses Enter on the real keyboard (XTest through Display.post), so that traversal and a
     * dialog's default button see the key exactly as they would from a user.
     */
    public void pressEnter() {
        bot.run(() -> {
            text.getShell().forceActive();
            text.setFocus();
        });
        Keyboard.press(bot, SWT.CR);
    }
}
