package org.tillit.ui.coding;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * The box a hover over a coding opens. Its colours would come from the 3.x workbench's theme; in
 * this e4 application the CSS styles it white on white, so it sets its own when it is shown.
 */
final class CodingHoverControl extends DefaultInformationControl {

    private static final Color BACKGROUND = new Color(255, 250, 215);
    private static final Color BORDER = new Color(170, 160, 110);

    CodingHoverControl(Shell parent) {
        super(parent);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            Shell shell = getShell();
            shell.setBackground(BORDER); // the shell's margin around the content draws the border
            paint(shell.getChildren());
            shell.getDisplay().asyncExec(() -> { // after the CSS engine has styled the new widgets
                if (!shell.isDisposed()) {
                    paint(shell.getChildren());
                }
            });
        }
        super.setVisible(visible);
    }

    private static void paint(Control[] controls) {
        for (Control control : controls) {
            control.setBackground(BACKGROUND);
            if (control instanceof Composite composite) {
                paint(composite.getChildren());
            }
        }
    }
}
