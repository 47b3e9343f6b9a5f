package org.tillit.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.model.Code;
import org.tillit.query.Unit;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.CoderFilter;

/**
 * The row above the matrix: what the groups are, which codes are rows (all, or the code selected in
 * the Codebook view with its sub-codes), whether sub-codes are rolled up, whose codings count, the
 * unit counted and how it is shown. Any change reports the new query.
 */
public final class ComparisonControls {

    private static final List<Unit> UNITS = List.of(Unit.SEGMENTS, Unit.DOCUMENTS, Unit.CASES, Unit.CHARACTERS);
    private static final List<Measure> MEASURES = List.of(Measure.values());

    private final Combo groupBy;
    private final Combo rows;
    private final Button rollUp;
    private final Button onlyCoded;
    private final CoderFilter coder;
    private final Combo unit;
    private final Combo measure;
    private List<GroupBy> choices = new ArrayList<>();
    private Code code;

    public ComparisonControls(Composite parent, Consumer<ComparisonQuery> onChange) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginHeight = 2;
        layout.spacing = 10;
        row.setLayout(layout);
        groupBy = WidgetIds.tag(new Combo(labelled(row, Messages.Controls_groupBy), SWT.READ_ONLY),
                WidgetIds.COMPARISON_GROUP_BY);
        rows = WidgetIds.tag(new Combo(labelled(row, Messages.Controls_rows), SWT.READ_ONLY), WidgetIds.COMPARISON_ROWS);
        rollUp = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.COMPARISON_ROLL_UP);
        rollUp.setText(Messages.Controls_rollUp);
        rollUp.setToolTipText(Messages.Controls_rollUpTooltip);
        onlyCoded = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.COMPARISON_ONLY_CODED);
        onlyCoded.setText(Messages.Controls_onlyCoded);
        onlyCoded.setToolTipText(Messages.Controls_onlyCodedTooltip);
        onlyCoded.setSelection(true);
        coder = new CoderFilter(row, WidgetIds.COMPARISON_CODER, () -> onChange.accept(query()));
        unit = WidgetIds.tag(new Combo(labelled(row, Messages.Controls_unit), SWT.READ_ONLY), WidgetIds.COMPARISON_UNIT);
        unit.setItems(Messages.Unit_segments, Messages.Unit_documents, Messages.Unit_cases, Messages.Unit_characters);
        unit.select(0);
        measure = WidgetIds.tag(new Combo(labelled(row, Messages.Controls_show), SWT.READ_ONLY), WidgetIds.COMPARISON_SHOW);
        measure.setItems(MEASURES.stream().map(Measure::label).toArray(String[]::new));
        measure.select(0);
        showRows();
        for (var control : List.of(groupBy, rows, rollUp, onlyCoded, unit, measure)) {
            control.addListener(SWT.Selection, e -> onChange.accept(query()));
        }
    }

    /** A label and room for its field beside it, kept together when the row wraps; returns the room. */
    private static Composite labelled(Composite row, String label) {
        Composite pair = new Composite(row, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pair.setLayout(layout);
        new Label(pair, SWT.NONE).setText(label);
        return pair;
    }

    /** The groupings the project offers now; the chosen one stays if it is still there, else the first. */
    public void groupings(List<GroupBy> offered) {
        GroupBy chosen = choices.isEmpty() ? null : chosenGrouping();
        choices = new ArrayList<>(offered);
        groupBy.setItems(choices.stream().map(GroupBy::label).toArray(String[]::new));
        groupBy.select(Math.max(0, choices.indexOf(chosen)));
        relayout();
    }

    /** The code selected in the Codebook view, offered as the rows (with its path as shown); null: none. */
    public void code(Code selected, String path) {
        boolean shown = rows.getSelectionIndex() == 1;
        code = selected;
        showRows();
        if (selected != null) {
            rows.setItem(1, NLS.bind(Messages.Controls_codeRows, path));
            rows.select(shown ? 1 : 0);
        }
        relayout();
    }

    /** A longer item widens its combo, and the row may wrap differently. */
    private void relayout() {
        groupBy.getParent().getParent().getParent().layout(true, true);
    }

    private void showRows() {
        rows.setItems(code == null ? new String[] { Messages.Controls_allCodes }
                : new String[] { Messages.Controls_allCodes, "" });
        rows.select(0);
    }

    public ComparisonQuery query() {
        return new ComparisonQuery(chosenGrouping(), rows.getSelectionIndex() == 1 ? code : null, rollUp.getSelection(),
                onlyCoded.getSelection(), coder.chosen(), UNITS.get(Math.max(0, unit.getSelectionIndex())), MEASURES.get(Math.max(0, measure.getSelectionIndex())));
    }

    /** The project's coders, by name, to choose among. */
    public void offerCoders(List<String> names) {
        coder.offer(names);
    }

    private GroupBy chosenGrouping() {
        return choices.isEmpty() ? GroupBy.DOCUMENTS : choices.get(Math.max(0, groupBy.getSelectionIndex()));
    }
}
