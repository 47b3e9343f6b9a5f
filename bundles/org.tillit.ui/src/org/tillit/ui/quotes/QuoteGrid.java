package org.tillit.ui.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.QuoteMatrix;
import org.tillit.query.Segment;
import org.tillit.ui.WidgetIds;

/**
 * The quote matrix laid out for reading: a column per group under its name and size, and for each
 * code its path across the columns with the group's quotes below it, side by side. Columns share
 * the width; below a readable width the grid scrolls sideways instead.
 */
final class QuoteGrid {

    private static final int NARROWEST_COLUMN = 220;
    private static final int SPACING = 8;

    private final ScrolledComposite scroller;
    private final Consumer<Segment> onOpen;
    private Composite content;
    private final List<QuoteList> cells = new ArrayList<>();
    private int columns;
    /** The context menu, on the grid and on every quote and heading in it. */
    private Menu menu;

    QuoteGrid(Composite parent, Consumer<Segment> onOpen) {
        this.onOpen = onOpen;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(scroller, WidgetIds.QUOTE_MATRIX_GRID);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(false);
        scroller.getVerticalBar().setIncrement(24);
        scroller.addListener(SWT.Resize, e -> fit());
    }

    /** Shows the matrix; a message instead when it has no rows (nothing coded with the codes). */
    void show(QuoteMatrix matrix, List<ComparisonMatrix.Column> groups, String emptyMessage) {
        if (content != null) {
            withMenu(content, null); // a control disposes its menu with it: the grid's menu must outlive the old cells
            content.dispose();
        }
        cells.clear();
        columns = Math.max(1, groups.size());
        content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(columns, true);
        layout.horizontalSpacing = SPACING;
        layout.verticalSpacing = 4;
        content.setLayout(layout);
        if (matrix.rows().isEmpty()) {
            Label empty = WidgetIds.tag(new Label(content, SWT.WRAP), WidgetIds.QUOTE_MATRIX_EMPTY);
            empty.setText(emptyMessage);
            empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
        } else {
            groups.forEach(this::header);
            for (QuoteMatrix.QuoteRow row : matrix.rows()) {
                heading(row.codePath());
                row.quotes().forEach(quotes -> cells.add(cell(quotes)));
            }
        }
        scroller.setContent(content);
        withMenu(content, menu);
        fit();
    }

    void menu(Menu shared) {
        menu = shared;
        scroller.setMenu(shared);
        if (content != null) {
            withMenu(content, shared);
        }
    }

    private static void withMenu(Control control, Menu shown) {
        control.setMenu(shown);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                withMenu(child, shown);
            }
        }
    }

    private void header(ComparisonMatrix.Column group) {
        Label header = WidgetIds.tag(new Label(content, SWT.WRAP), WidgetIds.QUOTE_MATRIX_GROUP);
        header.setText(NLS.bind(Messages.QuoteMatrix_group, group.label(), group.cases()));
        header.setFont(JFaceResources.getBannerFont());
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private void heading(String codePath) {
        Label heading = WidgetIds.tag(new Label(content, SWT.WRAP), WidgetIds.QUOTE_MATRIX_CODE);
        heading.setText(codePath);
        heading.setFont(JFaceResources.getHeaderFont());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.verticalIndent = 10;
        heading.setLayoutData(data);
    }

    private QuoteList cell(List<Segment> quotes) {
        QuoteList list = new QuoteList(content, quotes, onOpen);
        list.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return list;
    }

    /** Wrapped text needs a width to know its height: the columns share the visible width. */
    private void fit() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = Math.max(scroller.getClientArea().width, columns * (NARROWEST_COLUMN + SPACING));
        int column = (width - (columns + 1) * SPACING) / columns;
        for (QuoteList cell : cells) {
            ((GridData) cell.control().getLayoutData()).widthHint = column;
        }
        for (Control child : content.getChildren()) {
            if (child instanceof Label label && label.getLayoutData() instanceof GridData data) {
                data.widthHint = data.horizontalSpan == 1 ? column : width - 2 * SPACING;
            }
        }
        content.setSize(content.computeSize(width, SWT.DEFAULT));
        scroller.setMinWidth(width);
    }

    /** The cells' quote lists, row by row. */
    List<QuoteList> cells() {
        return List.copyOf(cells);
    }

    Control control() {
        return scroller;
    }
}
