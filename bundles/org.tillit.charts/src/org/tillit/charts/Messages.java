package org.tillit.charts;

import org.eclipse.osgi.util.NLS;

/** The words on a chart (axes, tooltips) and why a chart file was not written, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.charts.messages";

    public static String Chart_codes;
    public static String Chart_segments;
    public static String Chart_documents;
    public static String Chart_cases;
    public static String Chart_characters;
    public static String Chart_percentOfRow;
    public static String Chart_percentOfColumn;
    public static String Chart_tooltip;
    public static String Chart_cannotWrite;
    public static String Chart_noFolder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
