package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotTable;
import org.tillit.ui.testing.UiBot;

/** The Documents view: name, format, characters, import time. */
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
        return table.row(name).get(1);
    }

    public String characters(String name) {
        return table.row(name).get(2);
    }

    public void open(String name) {
        table.doubleClick(name);
    }
}
