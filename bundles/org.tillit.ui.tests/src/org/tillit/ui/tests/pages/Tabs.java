package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** The tabs of the view stacks: a view behind another tab is built only when its tab is chosen. */
final class Tabs {

    private Tabs() {
    }

    /** Brings the view with this tab label to the front, as a click on its tab does. */
    static void show(UiBot bot, String label) {
        bot.waitUntil(Condition.of("the tab '" + label + "'", () -> bot.sync(() -> {
            for (CTabItem item : items(bot)) {
                if (label.equals(item.getText())) {
                    CTabFolder folder = item.getParent();
                    if (folder.getSelection() != item) {
                        folder.setSelection(item);
                        Event selected = new Event();
                        selected.item = item;
                        folder.notifyListeners(SWT.Selection, selected);
                    }
                    return true;
                }
            }
            return false;
        })));
    }

    private static List<CTabItem> items(UiBot bot) {
        List<CTabItem> found = new ArrayList<>();
        List<Control> pending = new ArrayList<>();
        for (Shell shell : bot.display().getShells()) {
            pending.add(shell);
        }
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (control instanceof CTabFolder folder) {
                found.addAll(List.of(folder.getItems()));
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return found;
    }
}
