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

    /** Holds a modifier (SWT.CTRL, SWT.SHIFT) while pressing a key: {@code press(bot, 'z', SWT.CTRL)}. */
    public static void press(UiBot bot, char character, int... modifiers) {
        for (int modifier : modifiers) {
            postKeyCode(bot, SWT.KeyDown, modifier);
        }
        press(bot, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            postKeyCode(bot, SWT.KeyUp, modifiers[i]);
        }
    }

    /** Presses a key that has no character (SWT.ARROW_DOWN, SWT.F2) while holding modifiers. */
    public static void pressKeyCode(UiBot bot, int keyCode, int... modifiers) {
        for (int modifier : modifiers) {
            postKeyCode(bot, SWT.KeyDown, modifier);
        }
        postKeyCode(bot, SWT.KeyDown, keyCode);
        postKeyCode(bot, SWT.KeyUp, keyCode);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            postKeyCode(bot, SWT.KeyUp, modifiers[i]);
        }
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

    private static void postKeyCode(UiBot bot, int type, int keyCode) {
        boolean posted = bot.sync(() -> {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            return bot.display().post(event);
        });
        if (!posted) {
            throw new IllegalStateException("the display refused a key event (no XTest?)");
        }
        UiBot.sleep(30);
    }
}
