package org.tillit.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A table: read cells, wait for rows, double-click a row. */
public final class BotTable {

    private final UiBot bot;
    private final Table table;

    public BotTable(UiBot bot, Table table) {
        this.bot = bot;
        this.table = table;
    }

    public int rowCount() {
        return bot.sync(table::getItemCount);
    }

    /** The texts of one column, top to bottom. */
    public List<String> column(int index) {
        return bot.sync(() -> {
            List<String> cells = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                cells.add(item.getText(index));
            }
            return cells;
        });
    }

    /** The column headers, left to right. */
    public List<String> columnTitles() {
        return bot.sync(() -> {
            List<String> titles = new ArrayList<>();
            for (TableColumn column : table.getColumns()) {
                titles.add(column.getText());
            }
            return titles;
        });
    }

    /** The cell in the row whose first cell is given, under the column with the title. */
    public String cell(String firstCell, String columnTitle) {
        int index = columnTitles().indexOf(columnTitle);
        if (index < 0) {
            throw new WidgetNotFoundException("no column '" + columnTitle + "' in " + columnTitles());
        }
        return row(firstCell).get(index);
    }

    public List<String> row(String firstCell) {
        return bot.sync(() -> {
            for (TableItem item : table.getItems()) {
                if (firstCell.equals(item.getText(0))) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < table.getColumnCount(); i++) {
                        cells.add(item.getText(i));
                    }
                    return cells;
                }
            }
            throw new WidgetNotFoundException("no row '" + firstCell + "'");
        });
    }

    public void waitUntilContains(String firstCell) {
        bot.waitUntil(Condition.of("a row '" + firstCell + "' in the table", () -> {
            for (TableItem item : table.getItems()) {
                if (firstCell.equals(item.getText(0))) {
                    return true;
                }
            }
            return false;
        }));
    }

    /** Selects the row and sends the default selection a double-click sends. */
    /** Selects the row as a click does (the table hears SWT.Selection). */
    public void select(String firstCell) {
        waitUntilContains(firstCell);
        bot.run(() -> {
            for (int i = 0; i < table.getItemCount(); i++) {
                if (firstCell.equals(table.getItem(i).getText(0))) {
                    table.setFocus();
                    table.setSelection(i);
                    Event selection = new Event();
                    selection.item = table.getItem(i);
                    table.notifyListeners(SWT.Selection, selection);
                    return;
                }
            }
        });
    }

    /** Selects the row and opens it, as a double-click does (JFace hears SWT.DefaultSelection). */
    public void doubleClick(String firstCell) {
        select(firstCell);
        bot.run(() -> {
            Event open = new Event();
            open.item = table.getSelection()[0];
            table.notifyListeners(SWT.DefaultSelection, open);
        });
    }
}
