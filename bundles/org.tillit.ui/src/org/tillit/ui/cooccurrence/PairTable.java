package org.tillit.ui.cooccurrence;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.tillit.query.CooccurrenceMatrix.Pair;
import org.tillit.query.Segment;
import org.tillit.ui.WidgetIds;

/**
 * The segment pairs of the selected cell: document, lines, the text of the row code's segment and
 * of the column code's. A double-click (or Enter) opens the document at the first segment. A cell
 * holds few enough pairs for a plain table.
 */
public final class PairTable {

    private static final int[] WIDTHS = { 160, 70, 320, 320 };

    private final Label title;
    private final Table table;
    private List<Pair> pairs = List.of();

    public PairTable(Composite parent, Consumer<Segment> onOpen) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        box.setLayout(layout);
        title = new Label(box, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = WidgetIds.tag(new Table(box, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER),
                WidgetIds.COOCCURRENCE_PAIRS);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int width : WIDTHS) {
            new TableColumn(table, SWT.LEFT).setWidth(width);
        }
        headers(null, null);
        table.addListener(SWT.DefaultSelection, e -> {
            int index = table.getSelectionIndex();
            if (index >= 0 && index < pairs.size()) {
                onOpen.accept(pairs.get(index).first());
            }
        });
        clear();
    }

    /** The pairs of the cell of these two codes (paths as shown). */
    public void show(List<Pair> cell, String rowCode, String columnCode) {
        pairs = List.copyOf(cell);
        headers(rowCode, columnCode);
        // Off and on again: GTK otherwise paints the new rows only when the table is next touched.
        table.setRedraw(false);
        table.removeAll();
        for (Pair pair : pairs) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { pair.first().documentName(), lines(pair), oneLine(pair.first().text()),
                    oneLine(pair.second().text()) });
        }
        table.setRedraw(true);
        title.setText(NLS.bind(pairs.size() == 1 ? Messages.Cooccurrence_pairsOne : Messages.Cooccurrence_pairs,
                new Object[] { pairs.size(), rowCode, columnCode }));
        title.getParent().layout();
    }

    /** No cell selected. */
    public void clear() {
        pairs = List.of();
        table.removeAll();
        headers(null, null);
        title.setText(Messages.Cooccurrence_chooseCell);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public Table control() {
        return table;
    }

    private void headers(String rowCode, String columnCode) {
        TableColumn[] columns = table.getColumns();
        columns[0].setText(Messages.Cooccurrence_document);
        columns[1].setText(Messages.Cooccurrence_lines);
        columns[2].setText(rowCode == null ? Messages.Cooccurrence_rowSegment
                : NLS.bind(Messages.Cooccurrence_segmentOf, rowCode));
        columns[3].setText(columnCode == null ? Messages.Cooccurrence_columnSegment
                : NLS.bind(Messages.Cooccurrence_segmentOf, columnCode));
    }

    /** The lines the pair spans, from the first line of either segment to the last. */
    static String lines(Pair pair) {
        int first = Math.min(pair.first().startLine(), pair.second().startLine());
        int last = Math.max(pair.first().endLine(), pair.second().endLine());
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
