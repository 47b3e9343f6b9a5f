package org.tillit.ui.widgets;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A resizable modal dialog with its window title: what the tests find it by. */
public abstract class TitledDialog extends Dialog {

    private final String title;

    protected TitledDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    /** A text that wraps at the width given, across the columns of the dialog's grid. */
    protected static Label wrappedText(Composite area, String text, int columns, int width) {
        Label label = new Label(area, SWT.WRAP);
        label.setText(text);
        GridData wrapping = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        wrapping.widthHint = width;
        label.setLayoutData(wrapping);
        return label;
    }

    /** Grows the dialog downwards when its content got taller (a message that wraps), keeping its width. */
    protected final void growToFit() {
        Shell shell = getShell();
        Point now = shell.getSize();
        int wanted = shell.computeSize(now.x, SWT.DEFAULT).y;
        if (wanted > now.y) {
            shell.setSize(now.x, wanted);
        }
        shell.layout(true, true);
    }

    /** Whether the dialog is still open: Enter in a list and the default button may both try to close it. */
    protected final boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }
}
