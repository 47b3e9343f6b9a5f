package org.tillit.ui.comparison;

import org.eclipse.osgi.util.NLS;

/**
 * The Comparison view's strings and its preference page's. English in messages.properties, Swedish
 * in messages_sv.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.comparison.messages";

    public static String Controls_groupBy;
    public static String Controls_rows;
    public static String Controls_allCodes;
    public static String Controls_codeRows;
    public static String Controls_rollUp;
    public static String Controls_rollUpTooltip;
    public static String Controls_onlyCoded;
    public static String Controls_onlyCodedTooltip;
    public static String Controls_unit;
    public static String Controls_show;
    public static String Unit_segments;
    public static String Unit_documents;
    public static String Unit_cases;
    public static String Unit_characters;
    public static String Measure_counts;
    public static String Measure_rowPercent;
    public static String Measure_columnPercent;
    public static String Measure_perCase;
    public static String GroupBy_codeSets;
    public static String GroupBy_documents;
    public static String GroupBy_bands;
    public static String GroupBy_yearBands;
    public static String GroupBy_eachYear;
    public static String Table_group;
    public static String Tooltip_counts;
    public static String Tooltip_flag;
    public static String Job_name;
    public static String View_tabTable;
    public static String View_tabChart;
    public static String View_chooseCell;
    public static String View_quotes;
    public static String View_quotesOne;
    public static String View_noAttributes;
    public static String View_noCodings;
    public static String View_noGroups;
    public static String Preferences_page;
    public static String Preferences_description;
    public static String Preferences_check;
    public static String Preferences_maxShare;
    public static String Preferences_minCases;
    public static String Preferences_note;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
