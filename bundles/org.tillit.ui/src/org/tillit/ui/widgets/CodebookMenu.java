package org.tillit.ui.widgets;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.tillit.ui.l10n.Messages;

/** The right-click menu of the codebook tree: the same actions as the toolbar. */
public final class CodebookMenu {

    private CodebookMenu() {
    }

    /** What the menu offers for coding: apply the selected code, give it a favourite key. */
    public interface Coding {
        void applyToSelection();

        /** The selected code's key, 1..9, or 0; -1 when no code is selected. */
        int favouriteNumber();

        void assignFavourite(int number);
    }

    public static void attach(Control tree, CodebookToolbar.Actions actions, Coding coding) {
        Menu menu = new Menu(tree);
        item(menu, Messages.CodebookMenu_apply, coding::applyToSelection);
        favourites(menu, coding);
        new MenuItem(menu, SWT.SEPARATOR);
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

    private static void favourites(Menu menu, Coding coding) {
        MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
        cascade.setText(Messages.CodebookMenu_favourite);
        Menu keys = new Menu(cascade);
        cascade.setMenu(keys);
        for (int number = 0; number <= 9; number++) {
            MenuItem key = new MenuItem(keys, SWT.RADIO);
            key.setText(number == 0 ? Messages.CodebookMenu_noFavourite : NLS.bind(Messages.CodebookMenu_favouriteKey, number));
            int chosen = number;
            key.addListener(SWT.Selection, e -> {
                if (key.getSelection()) {
                    coding.assignFavourite(chosen);
                }
            });
        }
        keys.addListener(SWT.Show, e -> {
            int current = coding.favouriteNumber();
            MenuItem[] items = keys.getItems();
            for (int i = 0; i < items.length; i++) {
                items[i].setSelection(i == current);
                items[i].setEnabled(current >= 0);
            }
        });
    }

    private static void item(Menu menu, String text, Runnable action) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
