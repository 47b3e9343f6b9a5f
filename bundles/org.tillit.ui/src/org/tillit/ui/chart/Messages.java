package org.tillit.ui.chart;

import org.eclipse.osgi.util.NLS;

/** The comparison chart's texts: axes, tooltips, its menu and export errors, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.chart.messages";

    public static String Chart_codes;
    public static String Chart_segments;
    public static String Chart_documents;
    public static String Chart_cases;
    public static String Chart_characters;
    public static String Chart_percentOfRow;
    public static String Chart_percentOfColumn;
    public static String Chart_tooltip;
    public static String Chart_nothing;
    public static String Chart_saveAsPng;
    public static String Chart_saveAsSvg;
    public static String Chart_pngFiles;
    public static String Chart_svgFiles;
    public static String Chart_saveFailedTitle;
    public static String Chart_cannotWrite;
    public static String Chart_noFolder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
