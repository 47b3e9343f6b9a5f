package org.tillit.ui.tests.pages;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.export.Exports;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Export dialog, opened from a result view's context menu or File > Export…: the file, the
 * format, the citation template, the pseudonyms, the report's options; then what the export said.
 */
public final class ExportDialog {

    static final String TITLE = org.tillit.ui.export.ExportDialog.TITLE;

    private final UiBot bot;
    private final BotShell shell;

    private ExportDialog(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    /** Chooses the context menu item of this label on the control (a table, a matrix) and waits for the dialog. */
    public static ExportDialog fromContextMenu(UiBot bot, Control control, String label) {
        MenuItem item = bot.sync(() -> {
            Menu menu = control.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            return Arrays.stream(menu.getItems()).filter(i -> label.equals(i.getText().replace("&", ""))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no " + label + " in the context menu"));
        });
        if (!bot.sync(item::isEnabled)) {
            throw new IllegalStateException(label + " is disabled");
        }
        bot.async(() -> item.notifyListeners(SWT.Selection, new Event())); // the dialog is modal: do not wait here
        return new ExportDialog(bot, bot.shell(TITLE));
    }

    /** File > Export… with the view in front. */
    public static ExportDialog fromFileMenu(UiBot bot) {
        BotShell window = bot.shellStartingWith("Tillit");
        window.menu("File", "Export…").click();
        return new ExportDialog(bot, bot.shell(TITLE));
    }

    public String what() {
        return bot.sync(() -> shell.widget(Label.class, WidgetIds.EXPORT_WHAT).getText());
    }

    public ExportDialog file(Path file) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.EXPORT_FILE)).setText(file.toString());
        return this;
    }

    public String file() {
        return new BotText(bot, shell.widget(Text.class, WidgetIds.EXPORT_FILE)).text();
    }

    /** Chooses the format by its label ("Excel workbook (XLSX)"). */
    public ExportDialog format(String label) {
        Combo combo = shell.widget(Combo.class, WidgetIds.EXPORT_FORMAT);
        bot.run(() -> Widgets.choose(combo, label));
        return this;
    }

    public String[] formats() {
        return bot.sync(() -> shell.widget(Combo.class, WidgetIds.EXPORT_FORMAT).getItems());
    }

    public ExportDialog citation(String template) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.EXPORT_CITATION)).setText(template);
        return this;
    }

    public String citation() {
        return new BotText(bot, shell.widget(Text.class, WidgetIds.EXPORT_CITATION)).text();
    }

    public String citationProblem() {
        return bot.sync(() -> shell.widget(Label.class, WidgetIds.EXPORT_CITATION_PROBLEM).getText());
    }

    public String placeholders() {
        return bot.sync(() -> shell.widget(Label.class, WidgetIds.EXPORT_PLACEHOLDERS).getText());
    }

    public ExportDialog pseudonyms(Path list) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.EXPORT_PSEUDONYMS)).setText(list == null ? "" : list.toString());
        return this;
    }

    public String pseudonymsStatus() {
        return bot.sync(() -> shell.widget(Label.class, WidgetIds.EXPORT_PSEUDONYMS_STATUS).getText());
    }

    public ExportDialog definitions(boolean with) {
        check(WidgetIds.EXPORT_DEFINITIONS, with);
        return this;
    }

    /** Ticks (or clears) "Put the comparison's chart into the file"; it is there only for a comparison's exports. */
    public ExportDialog chart(boolean with) {
        check(WidgetIds.EXPORT_CHART, with);
        return this;
    }

    public boolean chartEnabled() {
        return bot.sync(() -> shell.widget(Button.class, WidgetIds.EXPORT_CHART).isEnabled());
    }

    private void check(String id, boolean with) {
        BotCheckBox box = new BotCheckBox(bot, shell.widget(Button.class, id));
        if (box.isChecked() != with) {
            box.click();
        }
    }

    public boolean canExport() {
        return shell.button("Export").isEnabled();
    }

    /** Export: the dialog closes and the job starts; returns what the dialog said when it was done, and closes that. */
    public String export() {
        shell.button("Export").click();
        shell.waitUntilClosed();
        return answer(Exports.DONE_TITLE, "Close");
    }

    /** Export, expecting a failure: returns the error's message and closes it. */
    public String exportFailing() {
        shell.button("Export").click();
        shell.waitUntilClosed();
        return answer(Exports.FAILED_TITLE, "OK");
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }

    public BotShell shell() {
        return shell;
    }

    private String answer(String title, String button) {
        return MessageAnswer.take(bot, title, button);
    }

    /** Waits until the dialog's citation problem says this. */
    public void waitUntilCitationProblem(String part) {
        bot.waitUntil(Condition.of("the citation problem to name " + part, () -> citationProblem().contains(part)));
    }
}
