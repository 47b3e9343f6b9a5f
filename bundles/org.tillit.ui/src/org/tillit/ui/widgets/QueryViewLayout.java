package org.tillit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The layout the query views share (Retrieval, Co-occurrence): a row of controls at the top, and
 * below it, edge to edge, a split of the result above its details.
 */
public final class QueryViewLayout {

    /** GridLayout's own side margin, kept for the controls' row. */
    private static final int GRID_MARGIN = 5;

    private QueryViewLayout() {
    }

    /** Lays the view's parent out as one column without margins. */
    public static void column(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);
    }

    /** The controls' row: a grid of this many columns across the view's width. */
    public static Composite controls(Composite parent, int columns) {
        return grid(parent, columns, GRID_MARGIN, 2);
    }

    /** A line inside the controls' row, with columns of its own. */
    public static Composite line(Composite parent, int columns) {
        return grid(parent, columns, 0, 0);
    }

    private static Composite grid(Composite parent, int columns, int marginWidth, int marginHeight) {
        Composite grid = new Composite(parent, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = marginWidth;
        layout.marginHeight = marginHeight;
        layout.verticalSpacing = 2;
        grid.setLayout(layout);
        return grid;
    }

    /** The result above its details, filling the rest of the view. */
    public static SashForm split(Composite parent) {
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return split;
    }
}
