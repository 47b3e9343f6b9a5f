package org.tillit.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/** Real key strokes through Display.post: they reach whatever has the focus, as typing does. */
public final class Keyboard {

    private Keyboard() {
    }

    /** Presses and releases one key, e.g. {@code SWT.CR}; callers wait for its effect. */
    public static void press(UiBot bot, char character) {
        post(bot, SWT.KeyDown, character);
        post(bot, SWT.KeyUp, character);
    }

    private static void post(UiBot bot, int type, char character) {
        boolean posted = bot.sync(() -> {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = character == SWT.CR ? SWT.CR : character;
            return bot.display().post(event);
        });
        if (!posted) {
            throw new IllegalStateException("the display refused a key event (no XTest?)");
        }
        UiBot.sleep(30);
    }
}
