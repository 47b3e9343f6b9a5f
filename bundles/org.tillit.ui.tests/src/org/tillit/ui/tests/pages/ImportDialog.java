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

    /** Types the path into the path field and presses the Add button. */
    public ImportDialog add(Path file) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.IMPORT_PATH)).setText(file.toString());
        shell.button("Add").click();
        return waitUntilListed(file);
    }

    /** Types the path into the path field and presses Enter on the keyboard. */
    public ImportDialog addWithEnter(Path file) {
        BotText path = new BotText(bot, shell.widget(Text.class, WidgetIds.IMPORT_PATH));
        path.setText(file.toString());
        path.pressEnter();
        waitUntilListed(file);
        if (!shell.isOpen()) {
            throw new AssertionError("Enter in the path field closed the dialog");
        }
        return this;
    }

    /** Types a folder's path, presses Add and waits until the given files from it are listed. */
    public ImportDialog addFolder(Path folder, List<Path> expected) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.IMPORT_PATH)).setText(folder.toString());
        shell.button("Add").click();
        expected.forEach(this::waitUntilListed);
        return this;
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }

    private ImportDialog waitUntilListed(Path file) {
        org.eclipse.swt.widgets.List list = listWidget();
        bot.waitUntil(Condition.of(file + " in the list", () -> Arrays.asList(list.getItems()).contains(file.toString())));
        return this;
    }

    public List<String> files() {
        org.eclipse.swt.widgets.List list = listWidget();
        return bot.sync(() -> Arrays.asList(list.getItems()));
    }

    private org.eclipse.swt.widgets.List listWidget() {
        return shell.widget(org.eclipse.swt.widgets.List.class, WidgetIds.IMPORT_FILES);
    }

    public boolean canImport() {
        return shell.button("Import").isEnabled();
    }

    public void importFiles() {
        shell.button("Import").click();
        shell.waitUntilClosed();
    }
}
