package org.tillit.ui.widgets;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.attributes.AttributePlanner;
import org.tillit.model.attributes.AttributeTypeNames;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * The preview of an attribute sheet: a row per spreadsheet row with what its name matched, and
 * a column per attribute headed by its type (and "new" for attributes the sheet creates).
 */
public final class AttributePlanTable {

    private static final int FIXED_COLUMNS = 3;

    private final Table table;

    public AttributePlanTable(Composite parent) {
        table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
                WidgetIds.ATTRIBUTES_PREVIEW);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 220;
        data.widthHint = 720;
        table.setLayoutData(data);
        column(Messages.PlanTable_row, 50);
        column(Messages.PlanTable_name, 180);
        column(Messages.PlanTable_matches, 220);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    public void show(AttributePlan plan) {
        table.setRedraw(false);
        try {
            table.removeAll();
            while (table.getColumnCount() > FIXED_COLUMNS) {
                table.getColumn(FIXED_COLUMNS).dispose();
            }
            for (AttributePlan.Column column : plan.columns()) {
                String type = AttributeTypeNames.of(column.definition().getType());
                column(NLS.bind(column.isNew() ? Messages.PlanTable_newColumn : Messages.PlanTable_column, column.header(),
                        type), 150);
            }
            Color unmatched = table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            for (AttributePlan.Row row : plan.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, Integer.toString(row.number()));
                item.setText(1, row.name());
                item.setText(2, row.matched() ? AttributePlanner.describe(row.owner()) : Messages.PlanTable_unmatched);
                for (int i = 0; i < plan.columns().size(); i++) {
                    String value = row.values().get(i);
                    item.setText(FIXED_COLUMNS + i, value == null ? "" : value);
                }
                if (!row.matched()) {
                    item.setForeground(unmatched);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }

    public void clear() {
        table.removeAll();
    }
}
