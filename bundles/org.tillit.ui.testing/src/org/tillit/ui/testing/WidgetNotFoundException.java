package org.tillit.ui.testing;

/** A widget or shell a test looked for did not appear in time (as SWTBot's exception of that name). */
public class WidgetNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WidgetNotFoundException(String message) {
        super(message);
    }
}
