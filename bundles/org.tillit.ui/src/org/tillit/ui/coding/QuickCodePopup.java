package org.tillit.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeFilter;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.codepicker.CodePicker;
import org.tillit.ui.l10n.Messages;

/**
 * The quick-code popup: one key opens it at the caret, typing filters the codable codes in both
 * languages (codes whose label starts with the text first, then recent ones), Enter or a
 * double-click applies the highlighted code, Escape closes it.
 */
public final class QuickCodePopup extends PopupDialog {

    private final List<Code> codes;
    private final List<Code> recent;
    private final Language language;
    private final Point at;
    private final Consumer<Code> onChoice;
    private final boolean offerTopLevel;
    private final List<Code> shown = new ArrayList<>();
    private Text filter;
    private Table table;

    /**
     * @param codes  the codable codes, in codebook order
     * @param recent codes used lately, most recent first: listed first while nothing is typed
     * @param at     where to open, in display coordinates
     */
    public QuickCodePopup(Shell parent, List<Code> codes, List<Code> recent, Language language, Point at,
            Consumer<Code> onChoice) {
        this(parent, Messages.QuickCode_title, codes, recent, language, at, false, onChoice);
    }

    /**
     * @param title      what choosing does ("Code with", "Change the code to", "In vivo code under")
     * @param offerTopLevel whether the first row is "top level", chosen as null
     */
    public QuickCodePopup(Shell parent, String title, List<Code> codes, List<Code> recent, Language language, Point at,
            boolean offerTopLevel, Consumer<Code> onChoice) {
        // No info text: its colours come from the 3.x workbench theme, which an e4 application lacks.
        super(parent, SWT.RESIZE, true, false, false, false, false, title, null);
        this.offerTopLevel = offerTopLevel;
        this.codes = codes;
        this.recent = recent;
        this.language = language;
        this.at = at;
        this.onChoice = onChoice;
    }

    @Override
    protected Control createTitleControl(Composite parent) {
        filter = WidgetIds.tag(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH), WidgetIds.QUICK_CODE_FILTER);
        filter.setMessage(Messages.QuickCode_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> showMatching(filter.getText()));
        filter.addListener(SWT.DefaultSelection, e -> choose());
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                int next = table.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                if (next >= 0 && next < table.getItemCount()) {
                    table.setSelection(next);
                }
                e.doit = false;
            }
        });
        return filter;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        table = WidgetIds.tag(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), WidgetIds.QUICK_CODE_LIST);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = table.getItemHeight() * 12;
        data.widthHint = 380;
        table.setLayoutData(data);
        table.addListener(SWT.DefaultSelection, e -> choose());
        showMatching("");
        return table;
    }

    @Override
    protected Control getFocusControl() {
        return filter;
    }

    @Override
    protected Point getDefaultLocation(Point initialSize) {
        return at;
    }

    private void showMatching(String typed) {
        CodeFilter matching = CodeFilter.of(typed);
        shown.clear();
        if (offerTopLevel && matching.isEmpty()) {
            shown.add(null);
        }
        if (matching.isEmpty()) {
            shown.addAll(recent);
        }
        matching.ranked(codes).stream().filter(code -> !shown.contains(code)).forEach(shown::add);
        table.removeAll();
        for (Code code : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(describe(code));
        }
        if (!shown.isEmpty()) {
            table.setSelection(0);
        }
    }

    private String describe(Code code) {
        if (code == null) {
            return Messages.QuickCode_topLevel;
        }
        return CodePicker.describe(code, language);
    }

    private void choose() {
        int index = table.getSelectionIndex();
        if (index >= 0 && index < shown.size()) {
            Code chosen = shown.get(index);
            close();
            onChoice.accept(chosen);
        }
    }
}
