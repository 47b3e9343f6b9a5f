package org.tillit.ui.tests.pages;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.importing.ImportDocumentsDialog;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** File > Import Documents…: add files by path, review the list, import. */
public final class ImportDialog {

    static final String TITLE = ImportDocumentsDialog.TITLE;

    private final UiBot bot;
    private final BotShell shell;

    ImportDialog(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    /** Types the path into the path field and presses Add, as a user pasting a path would. */
    public ImportDialog add(Path file) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.IMPORT_PATH)).setText(file.toString());
        shell.button("Add").click();
        bot.waitUntil(Condition.of(file + " in the list", () -> fileList().contains(file.toString())));
        return this;
    }

    public List<String> files() {
        return bot.sync(this::fileList);
    }

    private List<String> fileList() {
        org.eclipse.swt.widgets.List list = shell.widget(org.eclipse.swt.widgets.List.class, WidgetIds.IMPORT_FILES);
        return bot.sync(() -> Arrays.asList(list.getItems()));
    }

    public boolean canImport() {
        return shell.button("Import").isEnabled();
    }

    public void importFiles() {
        shell.button("Import").click();
        shell.waitUntilClosed();
    }
}
