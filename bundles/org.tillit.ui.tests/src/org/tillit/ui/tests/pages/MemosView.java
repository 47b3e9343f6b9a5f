package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotTable;
import org.tillit.ui.testing.UiBot;

/** The Memos view: every memo of the project with what it is on. */
public final class MemosView {

    private final BotTable table;

    MemosView(UiBot bot) {
        Tabs.show(bot, "Memos"); // it shares a stack with the Memo view
        this.table = new BotTable(bot, bot.widget(Table.class, WidgetIds.MEMOS_TABLE));
    }

    public List<String> targets() {
        return table.column(0);
    }

    public void waitFor(String target) {
        table.waitUntilContains(target);
    }

    public String memoOn(String target) {
        return table.cell(target, "Memo");
    }

    public void open(String target) {
        table.doubleClick(target);
    }
}
