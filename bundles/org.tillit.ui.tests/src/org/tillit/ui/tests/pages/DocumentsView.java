package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotTable;
import org.tillit.ui.testing.UiBot;

/** The Documents view: name, format, characters, speakers, import time, attributes in use. */
public final class DocumentsView {

    private final BotTable table;

    DocumentsView(UiBot bot) {
        this.table = new BotTable(bot, bot.widget(Table.class, WidgetIds.DOCUMENTS_TABLE));
    }

    public List<String> names() {
        return table.column(0);
    }

    public void waitFor(String name) {
        table.waitUntilContains(name);
    }

    public String format(String name) {
        return table.cell(name, "Format");
    }

    public String characters(String name) {
        return table.cell(name, "Characters");
    }

    public List<String> columnTitles() {
        return table.columnTitles();
    }

    /** The document's value in the column, e.g. its role under "Roll". */
    public String cell(String name, String column) {
        return table.cell(name, column);
    }

    /** A click on the document: the Memo view follows it. */
    public void select(String name) {
        table.select(name);
    }

    public String codings(String name) {
        return table.cell(name, "Codings");
    }

    public void open(String name) {
        table.doubleClick(name);
    }
}
