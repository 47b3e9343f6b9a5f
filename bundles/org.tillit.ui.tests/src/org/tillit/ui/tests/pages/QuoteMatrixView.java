package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Quote matrix view: its controls, the group headers, the code headings and the cells' quote
 * texts (row by row, a cell per group), and a double-click on a quote.
 */
public final class QuoteMatrixView {

    private final UiBot bot;

    QuoteMatrixView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Quote matrix");
        bot.widget(ScrolledComposite.class, WidgetIds.QUOTE_MATRIX_GRID);
    }

    public String codeShown() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.QUOTE_MATRIX_CODE_SHOWN).getText());
    }

    public String count() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.QUOTE_MATRIX_COUNT).getText());
    }

    /** Chooses the grouping by its label in the combo ("by Roll"). */
    public void groupBy(String label) {
        bot.run(() -> {
            Combo combo = bot.widget(Combo.class, WidgetIds.QUOTE_MATRIX_GROUP_BY);
            combo.select(combo.indexOf(label));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public List<String> groupings() {
        return bot.sync(() -> List.of(bot.widget(Combo.class, WidgetIds.QUOTE_MATRIX_GROUP_BY).getItems()));
    }

    public void rollUp(boolean rolled) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, WidgetIds.QUOTE_MATRIX_ROLL_UP));
        if (box.isChecked() != rolled) {
            box.click();
        }
    }

    /** The column headers: each group with its number of cases. */
    public List<String> groups() {
        return labels(WidgetIds.QUOTE_MATRIX_GROUP);
    }

    /** The code headings, one per row of the matrix. */
    public List<String> codes() {
        return labels(WidgetIds.QUOTE_MATRIX_CODE);
    }

    /** The text of the cell of a row and a group (both from 0). */
    public String cell(int row, int group) {
        int groups = groups().size();
        ScrolledComposite grid = grid();
        return bot.sync(() -> cells(grid).get(row * groups + group).getText());
    }

    /** Waits until the matrix has these code rows (the computation runs in the background). */
    public void waitUntilCodes(List<String> paths) {
        bot.waitUntil(Condition.of("the quote matrix rows " + paths, () -> codes().equals(paths)));
    }

    public void waitUntilCount(String text) {
        bot.waitUntil(Condition.of("the quote count '" + text + "'", () -> text.equals(count())));
    }

    /** Double-clicks inside the quote that contains the fragment. */
    public void doubleClick(String fragment) {
        ScrolledComposite grid = grid();
        bot.run(() -> {
            for (StyledText cell : cells(grid)) {
                int at = cell.getText().indexOf(fragment);
                if (at >= 0) {
                    cell.setCaretOffset(at + 1);
                    cell.notifyListeners(SWT.MouseDoubleClick, new Event());
                    return;
                }
            }
            throw new AssertionError("no quote contains '" + fragment + "'");
        });
    }

    private static List<StyledText> cells(ScrolledComposite grid) {
        return Widgets.findAll(new Shell[] { grid.getShell() }, StyledText.class, WidgetIds.QUOTE_MATRIX_CELL).stream()
                .filter(cell -> isIn(cell, grid)).toList();
    }

    private List<String> labels(String id) {
        ScrolledComposite grid = grid();
        return bot.sync(() -> Widgets.findAll(new Shell[] { grid.getShell() }, Label.class, id).stream()
                .filter(label -> isIn(label, grid)).map(Label::getText).toList());
    }

    private ScrolledComposite grid() {
        return bot.widget(ScrolledComposite.class, WidgetIds.QUOTE_MATRIX_GRID);
    }

    private static boolean isIn(Control control, Composite parent) {
        for (Composite up = control.getParent(); up != null; up = up.getParent()) {
            if (up == parent) {
                return true;
            }
        }
        return false;
    }
}
