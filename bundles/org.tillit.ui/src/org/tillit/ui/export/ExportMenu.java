package org.tillit.ui.export;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.tillit.store.ProjectStore;

/** The context menu of a result view's table or matrix: Export… (and Export Quotes… where a view has quotes). */
public final class ExportMenu {

    /** An item: its label and what it exports (null while there is nothing). */
    public record Entry(String label, Supplier<ExportSource> source) {
    }

    private ExportMenu() {
    }

    public static Entry export(Supplier<ExportSource> source) {
        return new Entry(Messages.Menu_export, source);
    }

    public static Entry exportQuotes(Supplier<ExportSource> source) {
        return new Entry(Messages.Menu_exportQuotes, source);
    }

    /** Gives the control a context menu of these items, each enabled when there is something to export. */
    public static Menu attach(Control control, ProjectStore store, Entry... entries) {
        Menu menu = new Menu(control);
        for (Entry entry : entries) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(entry.label());
            item.addListener(SWT.Selection, e -> {
                ExportSource source = entry.source().get();
                if (source != null) {
                    Exports.open(control.getShell(), store, source);
                }
            });
            menu.addListener(SWT.Show, e -> item.setEnabled(entry.source().get() != null));
        }
        control.setMenu(menu);
        return menu;
    }
}
