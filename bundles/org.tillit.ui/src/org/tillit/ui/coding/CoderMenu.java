package org.tillit.ui.coding;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.osgi.util.NLS;
import org.tillit.store.ProjectStore;
import org.tillit.ui.l10n.Messages;
import org.tillit.ui.widgets.CoderFilter;

/**
 * The coding editor's menu of whose codings it shows: every coder's, one coder's, or any two
 * coders' side by side. The coders are those of the project as the menu opens.
 */
final class CoderMenu {

    private CoderMenu() {
    }

    static void fill(MenuManager menu, ProjectStore store, Supplier<CodingEditor> editor) {
        List<String> coders = store.read(CoderFilter::codersOf);
        CoderDisplay now = editor.get().coders();
        menu.add(choice(Messages.Coders_all, CoderDisplay.ALL, now, editor));
        if (!coders.isEmpty()) {
            menu.add(new Separator());
        }
        for (String coder : coders) {
            menu.add(choice(NLS.bind(Messages.Coders_only, coder), CoderDisplay.only(coder), now, editor));
        }
        if (coders.size() >= 2) {
            MenuManager pairs = new MenuManager(Messages.Coders_sideBySideMenu);
            for (int first = 0; first < coders.size(); first++) {
                for (int second = first + 1; second < coders.size(); second++) {
                    String a = coders.get(first);
                    String b = coders.get(second);
                    pairs.add(choice(NLS.bind(Messages.Coders_sideBySide, a, b), CoderDisplay.sideBySide(a, b), now, editor));
                }
            }
            menu.add(pairs);
        }
    }

    private static IAction choice(String label, CoderDisplay display, CoderDisplay now, Supplier<CodingEditor> editor) {
        IAction action = new Action(label, IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                editor.get().showCoders(label, display);
            }
        };
        action.setChecked(display.equals(now));
        return action;
    }
}
