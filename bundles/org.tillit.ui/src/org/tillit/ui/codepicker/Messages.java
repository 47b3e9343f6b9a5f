package org.tillit.ui.codepicker;

import org.eclipse.osgi.util.NLS;

/** The code picker's strings; English in messages.properties, Swedish in messages_sv.properties. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.codepicker.messages";

    public static String CodePicker_filter;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
