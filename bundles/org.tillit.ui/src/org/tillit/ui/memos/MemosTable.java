package org.tillit.ui.memos;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** Every memo of the project: what it is on, and its text; a double-click opens what it is on. */
public final class MemosTable {

    /** One memo as the table shows it: read under the store's lock, then only shown. */
    public record Row(EObject owner, String target, String memo) {
    }

    private final TableViewer viewer;

    public MemosTable(Composite parent, Consumer<EObject> onOpen) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        WidgetIds.tag(viewer.getTable(), WidgetIds.MEMOS_TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(columns, Messages.Memos_target, 2, Row::target);
        column(columns, Messages.Memos_memo, 3, row -> row.memo().strip().replace('\n', ' '));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Row row) {
                onOpen.accept(row.owner());
            }
        });
    }

    public void show(List<Row> rows) {
        viewer.setInput(rows);
    }

    public Control control() {
        return viewer.getControl().getParent();
    }

    public void setFocus() {
        viewer.getTable().setFocus();
    }

    private void column(TableColumnLayout columns, String title, int weight, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Row) element).memo();
            }
        });
    }
}
