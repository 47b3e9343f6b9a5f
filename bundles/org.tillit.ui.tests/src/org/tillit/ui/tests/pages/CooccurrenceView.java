package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotCheckBox;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Co-occurrence view: its controls, the code x code matrix (read through its layers, every cell,
 * not only those in view) and the pairs of the selected cell. A cell is selected through the
 * command NatTable's click runs; a pair is opened as a double-click (DefaultSelection) does.
 */
public final class CooccurrenceView {

    private final UiBot bot;
    private final NatTable matrix;

    CooccurrenceView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Co-occurrence");
        this.matrix = bot.widget(NatTable.class, WidgetIds.COOCCURRENCE_MATRIX);
    }

    /** "All codes" or "Selected code and sub-codes". */
    public void scope(String label) {
        choose(WidgetIds.COOCCURRENCE_SCOPE, label);
    }

    /** "they overlap", "in the same paragraph", ... */
    public void proximity(String label) {
        choose(WidgetIds.COOCCURRENCE_PROXIMITY, label);
    }

    public void characters(int n) {
        bot.run(() -> {
            Spinner spinner = bot.widget(Spinner.class, WidgetIds.COOCCURRENCE_CHARACTERS);
            spinner.setSelection(n);
            spinner.notifyListeners(SWT.Modify, new Event());
        });
    }

    public boolean charactersEnabled() {
        return bot.sync(() -> bot.widget(Spinner.class, WidgetIds.COOCCURRENCE_CHARACTERS).isEnabled());
    }

    public void showDocuments(boolean show) {
        BotCheckBox box = new BotCheckBox(bot, bot.widget(Button.class, WidgetIds.COOCCURRENCE_DOCUMENTS));
        if (box.isChecked() != show) {
            box.click();
        }
    }

    public String status() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.COOCCURRENCE_STATUS).getText());
    }

    public String code() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.COOCCURRENCE_CODE).getText());
    }

    /** The row headers: the codes' paths. */
    public List<String> codes() {
        return bot.sync(() -> {
            ILayer rows = grid().getRowHeaderDataLayer();
            List<String> paths = new ArrayList<>();
            for (int row = 0; row < rows.getRowCount(); row++) {
                paths.add(String.valueOf(rows.getDataValueByPosition(0, row)));
            }
            return paths;
        });
    }

    /** The column headers: the codes' short labels. */
    public List<String> columnHeaders() {
        return bot.sync(() -> {
            ILayer columns = grid().getColumnHeaderDataLayer();
            List<String> labels = new ArrayList<>();
            for (int column = 0; column < columns.getColumnCount(); column++) {
                labels.add(String.valueOf(columns.getDataValueByPosition(column, 0)));
            }
            return labels;
        });
    }

    /** The cell of the row code and the column code, by their paths. */
    public String cell(String rowCode, String columnCode) {
        List<String> codes = codes();
        int row = indexOf(codes, rowCode);
        int column = indexOf(codes, columnCode);
        return bot.sync(() -> String.valueOf(grid().getBodyDataLayer().getDataValueByPosition(column, row)));
    }

    /** Waits until the cell reads so (the count runs in the background). */
    public void waitUntilCell(String rowCode, String columnCode, String expected) {
        bot.waitUntil(Condition.of(rowCode + " x " + columnCode + " = " + expected, () -> !status().contains("…")
                && codes().contains(rowCode) && codes().contains(columnCode) && expected.equals(cell(rowCode, columnCode))));
    }

    public void selectCell(String rowCode, String columnCode) {
        List<String> codes = codes();
        int row = indexOf(codes, rowCode);
        int column = indexOf(codes, columnCode);
        bot.run(() -> {
            SelectionLayer selection = grid().getBodyLayer().getSelectionLayer();
            selection.doCommand(new SelectCellCommand(selection, column, row, false, false));
        });
    }

    /** The pairs listed: document, lines, first segment, second segment. */
    public List<List<String>> pairs() {
        return bot.sync(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : pairTable().getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < pairTable().getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    public void waitUntilPairs(int count) {
        bot.waitUntil(Condition.of(count + " pairs listed", () -> pairs().size() == count));
    }

    /** Opens the pair in this row, as a double-click does. */
    public void open(int row) {
        bot.run(() -> {
            Table table = pairTable();
            table.setSelection(row);
            table.notifyListeners(SWT.DefaultSelection, new Event());
        });
    }

    private Table pairTable() {
        return bot.widget(Table.class, WidgetIds.COOCCURRENCE_PAIRS);
    }

    private void choose(String id, String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, id), label));
    }

    private DefaultGridLayer grid() {
        return (DefaultGridLayer) matrix.getLayer();
    }

    private static int indexOf(List<String> codes, String path) {
        int index = codes.indexOf(path);
        if (index < 0) {
            throw new AssertionError("no code " + path + " in " + codes);
        }
        return index;
    }
}
