package org.tillit.ui.widgets;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.tillit.model.Document;
import org.tillit.ui.WidgetIds;

/** The list of a project's documents: name, format, length in characters, import time. */
public final class DocumentsTable {

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TableViewer viewer;

    public DocumentsTable(Composite parent, Consumer<Document> onOpen) {
        // The column layout shares the view's width out, so no column is cut off in a narrow view.
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        Table table = viewer.getTable();
        WidgetIds.tag(table, WidgetIds.DOCUMENTS_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        NumberFormat count = NumberFormat.getIntegerInstance();
        column(columns, "Name", new ColumnWeightData(4, 100), SWT.LEFT, Document::getName);
        column(columns, "Format", new ColumnWeightData(2, 60), SWT.LEFT, d -> FormatLabels.of(d.getFormat()));
        column(columns, "Characters", new ColumnWeightData(1, 60), SWT.RIGHT, d -> count.format(d.getLength()));
        column(columns, "Imported", new ColumnWeightData(2, 90), SWT.LEFT,
                d -> d.getImported() == null ? "" : IMPORTED.format(d.getImported().toInstant()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof Document document) {
                onOpen.accept(document);
            }
        });
    }

    private void column(TableColumnLayout layout, String title, ColumnWeightData width, int style,
            Function<Document, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, style);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Document) element);
            }
        });
    }

    public void show(List<Document> documents) {
        viewer.setInput(documents);
    }

    public Table control() {
        return viewer.getTable();
    }

    public void setFocus() {
        viewer.getTable().setFocus();
    }
}
