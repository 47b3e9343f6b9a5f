package org.tillit.ui.widgets;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
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

    /** Whether the dialog is still open: Enter in a list and the default button may both try to close it. */
    protected final boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }
}
