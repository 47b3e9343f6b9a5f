package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.tillit.ui.WidgetIds;

/** Finding widgets below shells by their type and WidgetIds id, for the page objects. */
final class Widgets {

    private Widgets() {
    }

    /** Every widget of the type below the shells. */
    static <W> List<W> findAll(Shell[] roots, Class<W> type) {
        List<W> found = new ArrayList<>();
        List<Control> pending = new ArrayList<>(List.of(roots));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (type.isInstance(control)) {
                found.add(type.cast(control));
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return found;
    }

    /** Every widget of the type with the WidgetIds id below the shells. */
    static <W> List<W> findAll(Shell[] roots, Class<W> type, String id) {
        return findAll(roots, Widget.class).stream().filter(w -> id.equals(w.getData(WidgetIds.KEY)))
                .filter(type::isInstance).map(type::cast).toList();
    }

    static <W> Optional<W> find(Shell shell, Class<W> type, String id) {
        return findAll(new Shell[] { shell }, type, id).stream().findFirst();
    }

    /** Tool items are not controls: found through the tool bars that hold them. */
    static List<ToolItem> toolItems(Shell[] roots, String id) {
        List<ToolItem> found = new ArrayList<>();
        for (ToolBar bar : findAll(roots, ToolBar.class)) {
            for (ToolItem item : bar.getItems()) {
                if (id.equals(item.getData(WidgetIds.KEY))) {
                    found.add(item);
                }
            }
        }
        return found;
    }

    static List<Label> labels(Composite root) {
        List<Label> found = new ArrayList<>();
        List<Control> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (control instanceof Label label) {
                found.add(label);
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return found;
    }

    /** Chooses the item with this label in a combo as a user does (Selection fires); on the UI thread. */
    static void choose(Combo combo, String label) {
        int index = combo.indexOf(label);
        if (index < 0) {
            throw new AssertionError("no '" + label + "' in " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Opens each menu of the path in turn and selects its last item (a radio item gets selected first, as a click does). */
    static void pick(Menu menu, BiPredicate<String, String> matches, String... path) {
        for (int level = 0; level < path.length; level++) {
            menu.notifyListeners(SWT.Show, new Event());
            MenuItem found = null;
            for (MenuItem item : menu.getItems()) {
                if (found == null && matches.test(item.getText(), path[level])) {
                    found = item;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no item '" + path[level] + "' among " + List.of(menu.getItems()));
            }
            if (level + 1 < path.length) {
                menu = found.getMenu();
            } else {
                menu.notifyListeners(SWT.Hide, new Event());
                if ((found.getStyle() & SWT.RADIO) != 0) {
                    found.setSelection(true);
                }
                found.notifyListeners(SWT.Selection, new Event());
            }
        }
    }
}
