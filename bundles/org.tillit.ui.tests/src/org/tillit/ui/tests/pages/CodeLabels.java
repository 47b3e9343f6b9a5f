package org.tillit.ui.tests.pages;

import org.eclipse.swt.widgets.Text;
import org.tillit.ui.codebook.CodeLabelsDialog;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/** The dialog asking for a code's Swedish and English labels. */
final class CodeLabels {

    private final UiBot bot;
    private final BotShell shell;

    CodeLabels(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    void enter(String labelSv, String labelEn) {
        new BotText(bot, shell.widget(Text.class, CodeLabelsDialog.SV_ID)).setText(labelSv);
        new BotText(bot, shell.widget(Text.class, CodeLabelsDialog.EN_ID)).setText(labelEn);
        shell.button("OK").click();
        shell.waitUntilClosed();
    }
}
