package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.DimensionallyDependentLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.comparison.ComparisonTable;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Comparison view: its controls, the heat map (read through its layers: row headers are code
 * paths, column headers "group (n=cases)"), a cell's tooltip as the mouse resting on it opens it, and
 * the quotes of the selected cell below ({@link ResultsTable}).
 */
public final class ComparisonView {

    private final UiBot bot;
    private final NatTable matrix;

    ComparisonView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Comparison");
        this.matrix = bot.widget(NatTable.class, WidgetIds.COMPARISON_MATRIX);
    }

    /** Groups by the choice with this label ("Roll", "Documents (one column each)"). */
    public void groupBy(String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, WidgetIds.COMPARISON_GROUP_BY), label));
    }

    /**
     * Groups by this and waits until the columns are these. Chosen again if the choice was lost
     * meanwhile: a refresh for a change made just before (new attributes) may re-offer the groupings.
     */
    public void groupByUntilColumns(String label, List<String> columns) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            groupBy(label);
            long until = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < until) {
                if (columns.equals(columnHeaders())) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("grouped by " + label + " the columns are " + columnHeaders() + ", not " + columns);
    }

    /** Counts this unit ("Segments", "Cases", ...). */
    public void unit(String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, WidgetIds.COMPARISON_UNIT), label));
    }

    /** Shows the values so ("Counts", "% of row", "% of column", "Per case of the group"). */
    public void show(String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, WidgetIds.COMPARISON_SHOW), label));
    }

    /** Chooses the rows ("All codes", or "Principer and its sub-codes" for the code selected in the Codebook view). */
    public void rows(String label) {
        Combo rows = bot.widget(Combo.class, WidgetIds.COMPARISON_ROWS);
        bot.waitUntil(Condition.of("rows '" + label + "' offered", () -> List.of(rows.getItems()).contains(label)));
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, WidgetIds.COMPARISON_ROWS), label));
    }

    /** Chooses whose codings are counted ("All coders", or a coder's name), once the coder is offered. */
    public void coder(String label) {
        Combo coders = bot.widget(Combo.class, WidgetIds.COMPARISON_CODER);
        bot.waitUntil(Condition.of("coder '" + label + "' offered", () -> bot.sync(() -> coders.indexOf(label) >= 0)));
        bot.run(() -> Widgets.choose(coders, label));
    }

    public void rollUp(boolean rolled) {
        check(WidgetIds.COMPARISON_ROLL_UP, rolled);
    }

    /** Whether the codes nothing compared is coded with are left out (the default). */
    public void onlyCoded(boolean only) {
        check(WidgetIds.COMPARISON_ONLY_CODED, only);
    }

    private void check(String id, boolean checked) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, id));
        if (box.isChecked() != checked) {
            box.click();
        }
    }

    /** The line above the matrix that says why it is empty (empty when nothing needs saying). */
    public String message() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.COMPARISON_MESSAGE).getText());
    }

    public List<String> columnHeaders() {
        return bot.sync(() -> values(((DimensionallyDependentLayer) grid().getColumnHeaderLayer()).getBaseLayer(), true));
    }

    public List<String> rowHeaders() {
        return bot.sync(() -> values(((DimensionallyDependentLayer) grid().getRowHeaderLayer()).getBaseLayer(), false));
    }

    /** The value shown in the cell of this code path and the group whose header starts with this label. */
    public String cell(String codePath, String group) {
        int row = rowOf(codePath);
        int column = columnOf(group);
        return bot.sync(() -> String.valueOf(body().getDataValueByPosition(column, row)));
    }

    public void waitUntilCell(String codePath, String group, String value) {
        bot.waitUntil(Condition.of(codePath + " x " + group + " showing " + value, () -> {
            try {
                return value.equals(cell(codePath, group));
            } catch (AssertionError notYet) {
                return false;
            }
        }));
    }

    /** Whether the respondent check flags the cell (it is painted with the warning icon). */
    public boolean flagged(String codePath, String group) {
        int row = rowOf(codePath);
        int column = columnOf(group);
        return bot.sync(() -> body().getConfigLabelsByPosition(column, row).hasLabel(ComparisonTable.FLAGGED));
    }

    /** The tooltip the cell shows when the mouse rests on it. */
    public String tooltip(String codePath, String group) {
        Rectangle bounds = boundsOf(codePath, group);
        bot.run(() -> NatTableMouse.hover(matrix, bounds));
        try {
            bot.waitUntil(Condition.of("the tooltip of " + codePath + " x " + group, () -> tooltipText() != null));
            return bot.sync(this::tooltipText);
        } finally {
            bot.run(() -> NatTableMouse.exit(matrix));
            bot.waitUntil(Condition.of("the tooltip to close", () -> tooltipText() == null));
        }
    }

    /** Selects the cell, as a click does. */
    public void click(String codePath, String group) {
        cellCommand(codePath, group, false);
    }

    public void doubleClick(String codePath, String group) {
        cellCommand(codePath, group, true);
    }

    /** The table of the selected cell's quotes. */
    public List<String> quotes(String header) {
        return quotes().column(header);
    }

    public void waitUntilQuotes(int count) {
        ResultsTable quotes = quotes();
        bot.waitUntil(Condition.of(count + " quotes of the Comparison view", () -> quotes.rowCount() == count));
    }

    /** Double-clicks the first quote whose column holds the text. */
    public void openQuote(String header, String text) {
        quotes().click(header, text, true);
    }

    /** The selected quote in its speaker turn. */
    public String context() {
        return bot.sync(() -> bot.widget(StyledText.class, WidgetIds.COMPARISON_CONTEXT).getText());
    }

    private ResultsTable quotes() {
        return new ResultsTable(bot, bot.widget(NatTable.class, WidgetIds.COMPARISON_SEGMENTS));
    }

    private void cellCommand(String codePath, String group, boolean twice) {
        int row = rowOf(codePath);
        int column = columnOf(group);
        Rectangle bounds = boundsOf(codePath, group);
        bot.run(() -> {
            ILayer body = body();
            body.doCommand(new SelectCellCommand(body, column, row, false, false));
            if (twice) {
                NatTableMouse.doubleClick(matrix, bounds);
            }
        });
    }

    /** Where the cell is painted, scrolled into view first (as much of it as is in view). */
    private Rectangle boundsOf(String codePath, String group) {
        int row = rowOf(codePath);
        int column = columnOf(group);
        return bot.sync(() -> {
            ViewportLayer viewport = (ViewportLayer) grid().getBodyLayer();
            viewport.moveCellPositionIntoViewport(column, row);
            // the part in view: a wide cell may stand partly outside
            return matrix.getBoundsByPosition(positionOf(column, true), positionOf(row, false)).intersection(matrix.getClientArea());
        });
    }

    /** The table's position of a body column or row index (past the row header or the column header). */
    private int positionOf(int index, boolean column) {
        int count = column ? matrix.getColumnCount() : matrix.getRowCount();
        for (int position = 1; position < count; position++) {
            int at = column ? matrix.getColumnIndexByPosition(position) : matrix.getRowIndexByPosition(position);
            if (at == index) {
                return position;
            }
        }
        throw new AssertionError((column ? "column " : "row ") + index + " is not in view");
    }

    private int rowOf(String codePath) {
        int row = rowHeaders().indexOf(codePath);
        if (row < 0) {
            throw new AssertionError("no row " + codePath + " in " + rowHeaders());
        }
        return row;
    }

    private int columnOf(String group) {
        List<String> headers = columnHeaders();
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c).startsWith(group + " (n=")) {
                return c;
            }
        }
        throw new AssertionError("no group " + group + " in " + headers);
    }

    /** The text of the open tooltip, or null; call on the UI thread. */
    private String tooltipText() {
        for (Shell shell : matrix.getShell().getShells()) {
            if (shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0) {
                for (CLabel label : Widgets.findAll(new Shell[] { shell }, CLabel.class)) {
                    return label.getText();
                }
            }
        }
        return null;
    }

    private GridLayer grid() {
        return (GridLayer) matrix.getLayer();
    }

    /** Below the viewport: every row and column of the matrix. */
    private ILayer body() {
        return ((ViewportLayer) grid().getBodyLayer()).getScrollableLayer();
    }

    private static List<String> values(ILayer layer, boolean alongColumns) {
        List<String> values = new ArrayList<>();
        int count = alongColumns ? layer.getColumnCount() : layer.getRowCount();
        for (int i = 0; i < count; i++) {
            values.add(String.valueOf(alongColumns ? layer.getDataValueByPosition(i, 0) : layer.getDataValueByPosition(0, i)));
        }
        return values;
    }
}
