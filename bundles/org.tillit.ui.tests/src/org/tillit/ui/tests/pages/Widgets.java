package org.tillit.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Finding widgets below a composite by their type, for dialogs whose texts the tests read. */
final class Widgets {

    private Widgets() {
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
}
