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
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        row.setLayout(layout);
        return row;
    }

    /** The result above its details, filling the rest of the view. */
    public static SashForm split(Composite parent) {
        SashForm split = new SashForm(parent, SWT.VERTICAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return split;
    }
}
