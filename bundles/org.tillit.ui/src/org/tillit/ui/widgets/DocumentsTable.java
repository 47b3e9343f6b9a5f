package org.tillit.ui.widgets;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.tillit.model.Turn;
import org.tillit.model.documents.FormatLabels;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * The list of a project's documents: name, format, length in characters, the speakers of a
 * transcript, import time, then a column per attribute in use (role, sector…) so that a
 * researcher sees at a glance whose interview each is.
 */
public final class DocumentsTable {

    /** An attribute column: its title and the value it shows for a document. */
    public record AttributeColumn(String title, Function<Document, String> value) {
    }

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TableViewer viewer;
    private final TableColumnLayout layout;
    private final List<TableViewerColumn> attributeColumns = new ArrayList<>();
    private List<String> attributeTitles = List.of();
    /** The attribute values shown; replaced on every refresh, so columns never show stale ones. */
    private List<AttributeColumn> attributes = List.of();

    public DocumentsTable(Composite parent, Consumer<Document> onOpen) {
        // The column layout shares the view's width out, so no column is cut off in a narrow view.
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        this.layout = columns;
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = viewer.getTable();
        WidgetIds.tag(table, WidgetIds.DOCUMENTS_TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        NumberFormat count = NumberFormat.getIntegerInstance();
        column(columns, Messages.Documents_name, new ColumnWeightData(4, 100), SWT.LEFT, Document::getName);
        column(columns, Messages.Documents_format, new ColumnWeightData(2, 60), SWT.LEFT, d -> FormatLabels.of(d.getFormat()));
        column(columns, Messages.Documents_characters, new ColumnWeightData(1, 60), SWT.RIGHT, d -> count.format(d.getLength()));
        column(columns, Messages.Documents_codings, new ColumnWeightData(1, 60), SWT.RIGHT,
                d -> count.format(d.getCodings().size()));
        column(columns, Messages.Documents_speakers, new ColumnWeightData(2, 70), SWT.LEFT, DocumentsTable::speakers);
        column(columns, Messages.Documents_imported, new ColumnWeightData(2, 90), SWT.LEFT,
                d -> d.getImported() == null ? "" : IMPORTED.format(d.getImported().toInstant()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(event -> {
            Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (first instanceof Document document) {
                onOpen.accept(document);
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Updates the rows of these documents (their counts), leaving the others as they are. */
    public void refresh(java.util.Collection<Document> documents) {
        for (Document document : documents) {
            viewer.update(document, null);
        }
    }

    private static String speakers(Document document) {
        return document.getTurns().stream().map(Turn::getSpeaker).filter(s -> s != null && !s.isBlank()).distinct()
                .collect(Collectors.joining(", "));
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, ColumnWeightData width, int style,
            Function<Document, String> text) {
        return column(layout, title, width, style, text, viewer.getTable().getColumnCount());
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, ColumnWeightData width, int style,
            Function<Document, String> text, int index) {
        TableViewerColumn column = new TableViewerColumn(viewer, style, index);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Document) element);
            }
        });
        return column;
    }

    public void show(List<Document> documents) {
        show(documents, List.of());
    }

    /** Shows the documents with the given attribute columns right after their names. */
    public void show(List<Document> documents, List<AttributeColumn> attributes) {
        this.attributes = List.copyOf(attributes);
        List<String> titles = attributes.stream().map(AttributeColumn::title).toList();
        if (!titles.equals(attributeTitles)) {
            viewer.getTable().setRedraw(false);
            try {
                attributeColumns.forEach(c -> c.getColumn().dispose());
                attributeColumns.clear();
                // Right after the name: whose interview it is matters more than its format.
                for (int i = 0; i < titles.size(); i++) {
                    int index = i;
                    attributeColumns.add(column(layout, titles.get(i), new ColumnWeightData(2, 80), SWT.LEFT,
                            d -> this.attributes.get(index).value().apply(d), 1 + i));
                }
                attributeTitles = titles;
                viewer.getTable().getParent().layout(true, true);
            } finally {
                viewer.getTable().setRedraw(true);
            }
        }
        viewer.setInput(documents);
    }

    public Table control() {
        return viewer.getTable();
    }

    public void setFocus() {
        viewer.getTable().setFocus();
    }
}
