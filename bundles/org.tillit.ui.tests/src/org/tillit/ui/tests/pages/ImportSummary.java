package org.tillit.ui.tests.pages;

import org.eclipse.swt.widgets.Text;
import org.tillit.ui.importing.ImportSummaryDialog;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/** The dialog after an import in which some files did not land. */
public final class ImportSummary {

    private final BotShell shell;
    private final BotText details;

    public ImportSummary(UiBot bot) {
        this.shell = bot.shell(ImportSummaryDialog.TITLE);
        this.details = new BotText(bot, shell.widget(Text.class, ImportSummaryDialog.DETAILS_ID));
    }

    public String details() {
        return details.text();
    }

    public void close() {
        shell.button("Close").click();
        shell.waitUntilClosed();
    }
}
