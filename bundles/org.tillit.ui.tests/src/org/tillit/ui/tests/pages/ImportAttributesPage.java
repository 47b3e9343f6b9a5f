package org.tillit.ui.tests.pages;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.importing.ImportAttributesDialog;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotTable;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** File > Import Attributes…: read a sheet, review the preview and problems, apply. */
public final class ImportAttributesPage {

    static final String TITLE = ImportAttributesDialog.TITLE;

    private final UiBot bot;
    private final BotShell shell;

    ImportAttributesPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    /** Types the sheet's path, presses Enter and waits until the problems list says something. */
    public ImportAttributesPage read(Path sheet) {
        org.eclipse.swt.widgets.List problems = problemsWidget();
        bot.run(problems::removeAll);
        BotText path = new BotText(bot, shell.widget(Text.class, WidgetIds.ATTRIBUTES_PATH));
        path.setText(sheet.toString());
        path.pressEnter();
        bot.waitUntil(Condition.of("the sheet " + sheet.getFileName() + " to be read", () -> problems.getItemCount() > 0));
        return this;
    }

    public List<String> problems() {
        org.eclipse.swt.widgets.List problems = problemsWidget();
        return bot.sync(() -> Arrays.asList(problems.getItems()));
    }

    private org.eclipse.swt.widgets.List problemsWidget() {
        return shell.widget(org.eclipse.swt.widgets.List.class, WidgetIds.ATTRIBUTES_PROBLEMS);
    }

    public BotTable preview() {
        return new BotTable(bot, shell.widget(Table.class, WidgetIds.ATTRIBUTES_PREVIEW));
    }

    public void leaveOutUnknownNames() {
        new BotCheckBox(bot, shell.widget(Button.class, WidgetIds.ATTRIBUTES_SKIP_UNKNOWN)).click();
    }

    public boolean canApply() {
        return shell.button("Apply").isEnabled();
    }

    public void apply() {
        shell.button("Apply").click();
        shell.waitUntilClosed();
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }
}
