package org.tillit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The right-click menu of the codebook tree: the same actions as the toolbar. */
public final class CodebookMenu {

    private CodebookMenu() {
    }

    public static void attach(Control tree, CodebookToolbar.Actions actions) {
        Menu menu = new Menu(tree);
        item(menu, "Add Code…", actions::add);
        item(menu, "Add Sub-code…", actions::addSub);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Rename…", actions::rename);
        item(menu, "Colour…", actions::recolour);
        item(menu, "Definition…", actions::define);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, "Merge Into…", actions::merge);
        item(menu, "Delete…", actions::delete);
        tree.setMenu(menu);
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
