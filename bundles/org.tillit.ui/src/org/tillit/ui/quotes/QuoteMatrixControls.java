package org.tillit.ui.quotes;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.comparison.GroupBy;

/**
 * The row above the quote matrix: the code shown (the Codebook view's selection), the groups, and
 * whether the sub-codes' quotes are rolled up into the code's row or get rows of their own.
 */
final class QuoteMatrixControls {

    private final Label code;
    private final Combo groupBy;
    private final Button rollUp;
    private final Label count;
    private List<GroupBy> choices = List.of();

    QuoteMatrixControls(Composite parent, Runnable onChange) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        row.setLayout(layout);
        code = WidgetIds.tag(new Label(row, SWT.NONE), WidgetIds.QUOTE_MATRIX_CODE_SHOWN);
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        code.setText(Messages.QuoteMatrix_chooseCode);
        new Label(row, SWT.NONE).setText(Messages.QuoteMatrix_groups);
        groupBy = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.QUOTE_MATRIX_GROUP_BY);
        rollUp = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.QUOTE_MATRIX_ROLL_UP);
        rollUp.setText(Messages.QuoteMatrix_rollUp);
        rollUp.setToolTipText(Messages.QuoteMatrix_rollUpTooltip);
        count = WidgetIds.tag(new Label(row, SWT.RIGHT), WidgetIds.QUOTE_MATRIX_COUNT);
        GridData countData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        countData.widthHint = 120;
        count.setLayoutData(countData);
        groupBy.addListener(SWT.Selection, e -> onChange.run());
        rollUp.addListener(SWT.Selection, e -> onChange.run());
    }

    /** The code shown, by its path (null: none chosen yet). */
    void showCode(String path) {
        code.setText(path == null ? Messages.QuoteMatrix_chooseCode : NLS.bind(Messages.QuoteMatrix_code, path));
        code.getParent().layout();
    }

    /** The groupings offered, keeping the user's choice when it is still there (the first otherwise). */
    void offer(List<GroupBy> offered) {
        GroupBy before = chosen();
        choices = List.copyOf(offered);
        groupBy.setItems(choices.stream().map(QuoteMatrixControls::shown).toArray(String[]::new));
        int keep = before == null ? -1 : choices.indexOf(before);
        groupBy.select(Math.max(0, keep));
        groupBy.getParent().layout();
    }

    GroupBy chosen() {
        int index = groupBy.getSelectionIndex();
        return index < 0 || index >= choices.size() ? null : choices.get(index);
    }

    /** A grouping as this view's combo reads: "by Roll", "by code set", "by document". */
    static String shown(GroupBy groups) {
        return switch (groups.kind()) {
            case ATTRIBUTE -> NLS.bind(Messages.QuoteMatrix_byAttribute, groups.attribute());
            case CODE_SETS -> Messages.QuoteMatrix_byCodeSets;
            case DOCUMENTS -> Messages.QuoteMatrix_byDocuments;
        };
    }

    boolean rolledUp() {
        return rollUp.getSelection();
    }

    void showCount(int quotes) {
        count.setText(NLS.bind(quotes == 1 ? Messages.QuoteMatrix_countOne : Messages.QuoteMatrix_count, quotes));
    }

    void showWorking() {
        count.setText(Messages.QuoteMatrix_working);
    }
}
