package org.tillit.ui.tests.pages;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.exchange.RefiExportDialog;
import org.tillit.ui.export.Exports;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/** File > Export for Other Programs…: the project or its codebook, the file, then what the export said. */
public final class RefiExportPage {

    private final UiBot bot;
    private final BotShell shell;

    private RefiExportPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    public static RefiExportPage fromFileMenu(UiBot bot) {
        bot.shellStartingWith("Tillit").menu("File", "Export for Other Programs…").click();
        return new RefiExportPage(bot, bot.shell(RefiExportDialog.TITLE));
    }

    /** Chooses the codebook alone (.qdc) instead of the whole project. */
    public RefiExportPage codebookOnly() {
        return choose(WidgetIds.REFI_EXPORT_CODEBOOK);
    }

    /** Chooses the branch of the code selected in the Codebook view (offered only when one is). */
    public RefiExportPage branchOnly() {
        return choose(WidgetIds.REFI_EXPORT_BRANCH);
    }

    /** Moves the radio choice from the whole project to another one, as a click does. */
    private RefiExportPage choose(String id) {
        bot.run(() -> {
            Button project = shell.widget(Button.class, WidgetIds.REFI_EXPORT_PROJECT);
            Button chosen = shell.widget(Button.class, id);
            project.setSelection(false);
            chosen.setSelection(true);
            chosen.notifyListeners(SWT.Selection, new Event());
        });
        return this;
    }

    /** The label of the branch choice, which names the code. */
    public String branchLabel() {
        return bot.sync(() -> shell.widget(Button.class, WidgetIds.REFI_EXPORT_BRANCH).getText());
    }

    public RefiExportPage file(Path file) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.REFI_EXPORT_FILE)).setText(file.toString());
        return this;
    }

    public String file() {
        return bot.sync(() -> shell.widget(Text.class, WidgetIds.REFI_EXPORT_FILE).getText());
    }

    /** Export: the dialog closes, the job runs; returns what the dialog said when it was written, and closes that. */
    public String export() {
        shell.button("Export").click();
        shell.waitUntilClosed();
        return MessageAnswer.take(bot, Exports.DONE_TITLE, "Close");
    }
}
