package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** The code picker inside a dialog: its filter and the list of codes it shows ("Stöd   — Principer"). */
public final class CodePickerPage {

    private final UiBot bot;
    private final BotShell dialog;

    CodePickerPage(UiBot bot, BotShell dialog) {
        this.bot = bot;
        this.dialog = dialog;
    }

    /** Types into the filter. */
    public CodePickerPage type(String typed) {
        new BotText(bot, dialog.widget(Text.class, WidgetIds.CODE_PICKER_FILTER)).setText(typed);
        return this;
    }

    /** The rows the list shows, in order. */
    public List<String> rows() {
        return bot.sync(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : list().getItems()) {
                rows.add(item.getText());
            }
            return rows;
        });
    }

    /** Types, then highlights the row shown as {@code row}, as the arrow keys would. */
    public CodePickerPage highlight(String typed, String row) {
        type(typed);
        bot.waitUntil(Condition.of("'" + row + "' in the code picker", () -> rows().contains(row)));
        int index = rows().indexOf(row);
        bot.run(() -> {
            list().setSelection(index);
            list().notifyListeners(SWT.Selection, new Event());
        });
        return this;
    }

    /** Types, highlights the row and presses Enter in the filter, which chooses it. */
    public void choose(String typed, String row) {
        highlight(typed, row);
        new BotText(bot, dialog.widget(Text.class, WidgetIds.CODE_PICKER_FILTER)).pressEnter();
    }

    private Table list() {
        return dialog.widget(Table.class, WidgetIds.CODE_PICKER_LIST);
    }
}
