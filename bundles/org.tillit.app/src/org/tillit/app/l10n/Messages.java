package org.tillit.app.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The application's own user-visible strings (the model's labels are in OSGI-INF/l10n). English in messages.properties, Swedish in
 * messages_sv.properties; Equinox picks the file of the default locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.app.l10n.messages";

    public static String LifeCycle_cannotOpen;
    public static String LifeCycle_windowTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
