package org.tillit.ui.chart;

import org.eclipse.osgi.util.NLS;

/**
 * The comparison chart widget's texts: its menu, file dialog and errors, in English and Swedish.
 * The words on the chart itself are org.tillit.charts' own.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.chart.messages";

    public static String Chart_nothing;
    public static String Chart_saveAsPng;
    public static String Chart_saveAsSvg;
    public static String Chart_pngFiles;
    public static String Chart_svgFiles;
    public static String Chart_saveFailedTitle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
