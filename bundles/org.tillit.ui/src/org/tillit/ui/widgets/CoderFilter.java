package org.tillit.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.model.Coder;
import org.tillit.model.Project;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * "Coder: [All coders | Anna | Bo]" in a query view's controls: whose codings the result is made of.
 * The coders offered are the project's; a choice stays while its coder is there.
 */
public final class CoderFilter {

    private final Composite pair;
    private final Combo combo;
    private List<String> coders = List.of();

    public CoderFilter(Composite parent, String widgetId, Runnable onChange) {
        pair = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pair.setLayout(layout);
        new Label(pair, SWT.NONE).setText(Messages.Coders_label);
        combo = WidgetIds.tag(new Combo(pair, SWT.READ_ONLY), widgetId);
        combo.setToolTipText(Messages.Coders_filterTooltip);
        combo.setItems(Messages.Coders_all);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> onChange.run());
    }

    /** The label and the choice together, to lay out in the parent. */
    public Composite control() {
        return pair;
    }

    /** The project's coders by name, read under the store's lock. */
    public static List<String> codersOf(Project project) {
        return project.getCoders().stream().map(Coder::getName).filter(Objects::nonNull).distinct().toList();
    }

    /** Offers these coders; the one chosen stays chosen if it is among them, else every coder's codings count. */
    public void offer(List<String> names) {
        if (names.equals(coders)) {
            return;
        }
        String chosen = chosen();
        coders = List.copyOf(names);
        List<String> items = new ArrayList<>();
        items.add(Messages.Coders_all);
        items.addAll(coders);
        combo.setItems(items.toArray(String[]::new));
        combo.select(chosen == null ? 0 : coders.indexOf(chosen) + 1);
        combo.getParent().getParent().layout(true, true);
    }

    /** The coder whose codings count; null: every coder's. */
    public String chosen() {
        int index = combo.getSelectionIndex();
        return index > 0 && index <= coders.size() ? coders.get(index - 1) : null;
    }

    /** The choice as a filter's list of names: empty for every coder. */
    public List<String> chosenAsList() {
        String chosen = chosen();
        return chosen == null ? List.of() : List.of(chosen);
    }
}
