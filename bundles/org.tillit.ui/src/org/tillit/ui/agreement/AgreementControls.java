package org.tillit.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Coder;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.CodeScope;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The row above the table: the two coders compared, the attribute whose values split the
 * documents into groups (none: all documents together), the codes compared (every code either
 * used, or the code selected in the Codebook view with its sub-codes), and what the view is doing.
 * Any change computes the agreement again.
 */
final class AgreementControls {

    private static final int STATUS_WIDTH = 130;

    private final Combo first;
    private final Combo second;
    private final Combo by;
    private final CodeScope codes;
    private final Label status;
    private List<Coder> coders = List.of();
    private List<AttributeDefinition> attributes = List.of();

    AgreementControls(Composite parent, Runnable onChange) {
        Composite rows = QueryViewLayout.controls(parent, 1);
        Composite row = QueryViewLayout.line(rows, 6);
        new Label(row, SWT.NONE).setText(Messages.Agreement_coders);
        first = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.AGREEMENT_FIRST);
        new Label(row, SWT.NONE).setText(Messages.Agreement_and);
        second = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.AGREEMENT_SECOND);
        new Label(row, SWT.NONE).setText(Messages.Agreement_by);
        by = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.AGREEMENT_BY);
        // A second line, as the view usually sits in the narrow stack below the editor.
        row = QueryViewLayout.line(rows, 3);
        codes = new CodeScope(row, WidgetIds.AGREEMENT_SCOPE, WidgetIds.AGREEMENT_CODE, new CodeScope.Texts(
                Messages.Agreement_allCodes, Messages.Agreement_selectedCode, Messages.Agreement_chooseCode,
                Messages.Agreement_codeChosen), onChange);
        codes.control().setToolTipText(Messages.Agreement_scopeTip);
        status = WidgetIds.tag(new Label(row, SWT.RIGHT), WidgetIds.AGREEMENT_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        statusData.widthHint = STATUS_WIDTH;
        status.setLayoutData(statusData);
        first.addListener(SWT.Selection, e -> onChange.run());
        second.addListener(SWT.Selection, e -> onChange.run());
        by.addListener(SWT.Selection, e -> onChange.run());
    }

    /** Every code either coder used, or the Codebook view's code with its sub-codes. */
    CodeScope codes() {
        return codes;
    }

    /**
     * The coders and attributes there are now; the choices made stay where they still can (a new
     * project's first two coders are chosen at once).
     */
    void offer(List<Coder> coders, List<String> coderNames, List<AttributeDefinition> attributes,
            List<String> attributeNames) {
        Coder firstChosen = chosen(first, this.coders);
        Coder secondChosen = chosen(second, this.coders);
        AttributeDefinition byChosen = by.getSelectionIndex() > 0 ? this.attributes.get(by.getSelectionIndex() - 1) : null;
        this.coders = List.copyOf(coders);
        this.attributes = List.copyOf(attributes);
        first.setItems(coderNames.toArray(String[]::new));
        second.setItems(coderNames.toArray(String[]::new));
        select(first, indexOf(coders, firstChosen), 0);
        select(second, indexOf(coders, secondChosen), 1);
        List<String> groupings = new ArrayList<>();
        groupings.add(Messages.Agreement_allTogether);
        groupings.addAll(attributeNames);
        by.setItems(groupings.toArray(String[]::new));
        by.select(indexOf(attributes, byChosen) + 1);
        first.getParent().layout();
    }

    /** The index of the item, -1 for none (null included: the lists given may not hold nulls). */
    private static <T> int indexOf(List<T> items, T item) {
        return item == null ? -1 : items.indexOf(item);
    }

    private static void select(Combo combo, int index, int otherwise) {
        if (index >= 0) {
            combo.select(index);
        } else if (combo.getItemCount() > otherwise) {
            combo.select(otherwise);
        }
    }

    private static Coder chosen(Combo combo, List<Coder> coders) {
        int index = combo.getSelectionIndex();
        return index >= 0 && index < coders.size() ? coders.get(index) : null;
    }

    /** The two coders chosen, when two different ones are. */
    List<Coder> coders() {
        Coder one = chosen(first, coders);
        Coder other = chosen(second, coders);
        return one == null || other == null || Objects.equals(one, other) ? List.of() : List.of(one, other);
    }

    /** The attribute whose values are the groups; null for all documents together. */
    AttributeDefinition grouping() {
        int index = by.getSelectionIndex();
        return index > 0 ? attributes.get(index - 1) : null;
    }

    void status(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }
}
