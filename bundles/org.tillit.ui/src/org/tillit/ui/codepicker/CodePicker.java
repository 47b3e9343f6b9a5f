package org.tillit.ui.codepicker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeFilter;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;

/**
 * A filterable list of codes to choose one from: typing filters them in Swedish and English (as
 * {@link CodeFilter} ranks them: labels starting with the text first), Up and Down move in the list
 * while the focus stays in the filter, Enter or a double-click chooses. Each code is shown with the
 * path of its parents, so codes with the same label are told apart.
 */
public final class CodePicker {

    private final Composite area;
    private final Text filter;
    private final Table list;
    private final List<Code> codes;
    private final Language language;
    private final List<Code> shown = new ArrayList<>();
    private final List<Runnable> selectionListeners = new ArrayList<>();

    /**
     * @param codes    the codes to choose from, in codebook order
     * @param onChoose what Enter or a double-click does with the highlighted code
     */
    public CodePicker(Composite parent, List<Code> codes, Language language, Consumer<Code> onChoose) {
        this.codes = List.copyOf(codes);
        this.language = language;
        area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        area.setLayout(layout);
        filter = WidgetIds.tag(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.CODE_PICKER_FILTER);
        filter.setMessage(Messages.CodePicker_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list = WidgetIds.tag(new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER),
                WidgetIds.CODE_PICKER_LIST);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = list.getItemHeight() * 9;
        data.widthHint = 380;
        list.setLayoutData(data);
        filter.addListener(SWT.Modify, e -> showMatching());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                e.doit = false;
            }
        });
        // Enter chooses; taken at traversal so that a dialog's default button does not act on it as well.
        filter.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                chooseWith(onChoose);
            }
        });
        list.addListener(SWT.DefaultSelection, e -> chooseWith(onChoose));
        list.addListener(SWT.Selection, e -> selectionChanged());
        showMatching();
    }

    /** The code and the path of its parents, "Stöd   — Principer". */
    public static String describe(Code code, Language language) {
        List<String> path = CodeTree.path(code, language);
        String parents = path.size() > 1 ? "   — " + String.join(" / ", path.subList(0, path.size() - 1)) : "";
        return Labels.label(code, language) + parents;
    }

    /** The highlighted code, or null when none matches. */
    public Code selected() {
        int index = list.getSelectionIndex();
        return index >= 0 && index < shown.size() ? shown.get(index) : null;
    }

    /** Highlights this code if it is listed (a dialog opened on the code chosen before). */
    public void select(Code code) {
        int index = shown.indexOf(code);
        if (index >= 0) {
            list.setSelection(index);
            list.showSelection();
            selectionChanged();
        }
    }

    /** Runs whenever the highlighted code changes (by typing, the arrows or a click). */
    public void onSelectionChange(Runnable listener) {
        selectionListeners.add(listener);
    }

    public Composite control() {
        return area;
    }

    public void setFocus() {
        filter.setFocus();
    }

    private void showMatching() {
        shown.clear();
        shown.addAll(CodeFilter.of(filter.getText()).ranked(codes));
        list.removeAll();
        for (Code code : shown) {
            new TableItem(list, SWT.NONE).setText(describe(code, language));
        }
        if (!shown.isEmpty()) {
            list.setSelection(0);
        }
        selectionChanged();
    }

    private void move(int by) {
        int next = list.getSelectionIndex() + by;
        if (next >= 0 && next < list.getItemCount()) {
            list.setSelection(next);
            list.showSelection();
            selectionChanged();
        }
    }

    private void chooseWith(Consumer<Code> onChoose) {
        Code code = selected();
        if (code != null) {
            onChoose.accept(code);
        }
    }

    private void selectionChanged() {
        selectionListeners.forEach(Runnable::run);
    }
}
