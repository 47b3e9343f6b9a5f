package org.tillit.ui.tests.pages;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/** Mouse events straight to a NatTable: XTest pointer events reach GTK under Xvfb at the wrong place. */
final class NatTableMouse {

    private NatTableMouse() {
    }

    /** A double-click in the middle of the bounds; call on the UI thread. */
    static void doubleClick(NatTable table, Rectangle bounds) {
        int x = bounds.x + bounds.width / 2;
        int y = bounds.y + bounds.height / 2;
        send(table, SWT.MouseDown, x, y, 2);
        send(table, SWT.MouseDoubleClick, x, y, 2);
        send(table, SWT.MouseUp, x, y, 2);
    }

    /** The mouse resting in the middle of the bounds, which opens a tooltip; call on the UI thread. */
    static void hover(NatTable table, Rectangle bounds) {
        int x = bounds.x + bounds.width / 2;
        int y = bounds.y + bounds.height / 2;
        send(table, SWT.MouseMove, x, y, 0);
        send(table, SWT.MouseHover, x, y, 0);
    }

    /** The mouse leaving the table, which closes its tooltip; call on the UI thread. */
    static void exit(NatTable table) {
        send(table, SWT.MouseExit, -1, -1, 0);
    }

    private static void send(NatTable table, int type, int x, int y, int count) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove || type == SWT.MouseHover || type == SWT.MouseExit ? 0 : 1;
        event.count = count;
        table.notifyListeners(type, event);
    }
}
