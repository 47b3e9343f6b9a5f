package org.tillit.ui.tests.pages;

import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.UiBot;

/** The Tillit workbench window: its title and main menu, and the way into each view. */
public final class TillitWindow {

    private final UiBot bot;
    private final BotShell shell;

    public TillitWindow(UiBot bot) {
        this.bot = bot;
        this.shell = bot.shellStartingWith("Tillit – ");
    }

    public String title() {
        return shell.title();
    }

    public ImportDialog openImportDialog() {
        shell.activate();
        shell.menu("File", "Import Documents…").click();
        return new ImportDialog(bot, bot.shell(ImportDialog.TITLE));
    }

    public DocumentsView documents() {
        return new DocumentsView(bot);
    }

    public DocumentView document() {
        return new DocumentView(bot);
    }

    public CodebookView codebook() {
        return new CodebookView(bot);
    }
}
