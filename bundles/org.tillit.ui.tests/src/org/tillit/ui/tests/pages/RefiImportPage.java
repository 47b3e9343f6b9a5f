package org.tillit.ui.tests.pages;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.exchange.RefiImportDialog;
import org.tillit.ui.exchange.RefiImports;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** File > Import from Other Programs…: the file, what the dialog says it brings, then Import and what was not carried. */
public final class RefiImportPage {

    private final UiBot bot;
    private final BotShell shell;

    private RefiImportPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    public static RefiImportPage fromFileMenu(UiBot bot) {
        bot.shellStartingWith("Tillit").menu("File", "Import from Other Programs…").click();
        return new RefiImportPage(bot, bot.shell(RefiImportDialog.TITLE));
    }

    /** Types the file and reads it; waits until the dialog shows what it brings (or why not), containing this. */
    public RefiImportPage read(Path file, String expected) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.REFI_IMPORT_FILE)).setText(file.toString());
        shell.button("Read").click();
        bot.waitUntil(Condition.of("the plan to say " + expected, () -> plan().contains(expected)));
        return this;
    }

    public String plan() {
        return bot.sync(() -> shell.widget(Text.class, WidgetIds.REFI_IMPORT_PLAN).getText());
    }

    public boolean canImport() {
        return shell.button("Import").isEnabled();
    }

    /** Import: the dialog closes, the job brings it in; returns what the done dialog said, and closes it. */
    public String importIt() {
        shell.button("Import").click();
        shell.waitUntilClosed();
        return MessageAnswer.take(bot, RefiImports.DONE_TITLE, "OK");
    }

    /** Chooses "As a new project in:" with this folder. */
    public RefiImportPage asNewProjectIn(Path folder) {
        bot.run(() -> {
            Button into = shell.widget(Button.class, WidgetIds.REFI_IMPORT_INTO);
            Button asNew = shell.widget(Button.class, WidgetIds.REFI_IMPORT_NEW);
            into.setSelection(false);
            asNew.setSelection(true);
            asNew.notifyListeners(SWT.Selection, new Event());
        });
        new BotText(bot, shell.widget(Text.class, WidgetIds.REFI_IMPORT_NEW_FOLDER)).setText(folder.toString());
        return this;
    }

    /** Import while the new project's folder is wrong: the dialog stays open; returns what it says. */
    public String importRefused(String expected) {
        shell.button("Import").click();
        bot.waitUntil(Condition.of("the dialog to say " + expected, () -> dialogText().contains(expected)));
        return dialogText();
    }

    /** Import as a new project: returns what the question afterwards said, answered "not now" (No). */
    public String importAsNewProjectButNotOpenIt() {
        shell.button("Import").click();
        shell.waitUntilClosed();
        return MessageAnswer.take(bot, RefiImports.NEW_PROJECT_TITLE, "No");
    }

    private String dialogText() {
        return bot.sync(() -> {
            StringBuilder all = new StringBuilder();
            for (Label label : Widgets.findAll(new Shell[] { shell.widget() }, Label.class)) {
                all.append(label.getText()).append('\n');
            }
            return all.toString();
        });
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }
}
