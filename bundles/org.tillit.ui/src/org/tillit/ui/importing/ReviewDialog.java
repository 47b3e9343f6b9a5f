package org.tillit.ui.importing;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

/**
 * A resizable dialog with a title area, where the user reviews what an import will do before it
 * happens; the window title is what tests find it by.
 */
abstract class ReviewDialog extends TitleAreaDialog {

    private final String windowTitle;

    ReviewDialog(Shell parent, String windowTitle) {
        super(parent);
        this.windowTitle = windowTitle;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(windowTitle);
    }
}
