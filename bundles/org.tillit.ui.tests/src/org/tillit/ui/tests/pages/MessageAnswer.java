package org.tillit.ui.tests.pages;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.UiBot;

/** A JFace message dialog that answers a finished job (written, failed): what it says, then closed with a button. */
final class MessageAnswer {

    private MessageAnswer() {
    }

    /** Waits for the dialog of this title, reads its message and closes it with the button. */
    static String take(UiBot bot, String title, String button) {
        BotShell answer = bot.shell(title);
        String message = bot.sync(() -> messageOf(answer.widget()));
        answer.button(button).click();
        answer.waitUntilClosed();
        return message;
    }

    /** The message of a JFace message dialog: its label that wraps. */
    private static String messageOf(Shell dialog) {
        StringBuilder text = new StringBuilder();
        collect(dialog, text);
        return text.toString();
    }

    private static void collect(Control control, StringBuilder text) {
        if (control instanceof Label label && (label.getStyle() & SWT.WRAP) != 0) {
            text.append(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, text);
            }
        }
    }
}
