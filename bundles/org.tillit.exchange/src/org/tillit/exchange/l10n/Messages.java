package org.tillit.exchange.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The REFI-QDA exchange's texts: progress, the reasons an export is refused, and the names of the
 * notes Tillit's memos become. English in messages.properties, Swedish in messages_sv.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.exchange.l10n.messages";

    public static String QdpxExport_task;
    public static String QdpxExport_changed;
    public static String QdpxExport_storeFailed;
    public static String QdpxExport_tooLarge;
    public static String QdcExport_noCodes;
    public static String Note_project;
    public static String Note_document;
    public static String Note_code;
    public static String Note_coding;
    public static String Note_case;
    public static String Link_memo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
