package org.tillit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.tillit.ui.l10n.Messages;

/** The right-click menu of the codebook tree: the same actions as the toolbar. */
public final class CodebookMenu {

    private CodebookMenu() {
    }

    public static void attach(Control tree, CodebookToolbar.Actions actions) {
        Menu menu = new Menu(tree);
        item(menu, Messages.CodebookMenu_add, actions::add);
        item(menu, Messages.CodebookMenu_addSub, actions::addSub);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.CodebookMenu_rename, actions::rename);
        item(menu, Messages.CodebookMenu_colour, actions::recolour);
        item(menu, Messages.CodebookMenu_define, actions::define);
        new MenuItem(menu, SWT.SEPARATOR);
        item(menu, Messages.CodebookMenu_merge, actions::merge);
        item(menu, Messages.CodebookMenu_delete, actions::delete);
        tree.setMenu(menu);
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
