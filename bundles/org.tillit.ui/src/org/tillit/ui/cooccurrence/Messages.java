package org.tillit.ui.cooccurrence;

import org.eclipse.osgi.util.NLS;

/** The Co-occurrence view's texts, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.cooccurrence.messages";

    public static String Cooccurrence_allCodes;
    public static String Cooccurrence_selectedCode;
    public static String Cooccurrence_codeChosen;
    public static String Cooccurrence_chooseCode;
    public static String Cooccurrence_proximity;
    public static String Cooccurrence_overlap;
    public static String Cooccurrence_paragraph;
    public static String Cooccurrence_turn;
    public static String Cooccurrence_within;
    public static String Cooccurrence_characters;
    public static String Cooccurrence_showDocuments;
    public static String Cooccurrence_cell;
    public static String Cooccurrence_counting;
    public static String Cooccurrence_codes;
    public static String Cooccurrence_failed;
    public static String Cooccurrence_chooseCell;
    public static String Cooccurrence_pairs;
    public static String Cooccurrence_pairsOne;
    public static String Cooccurrence_document;
    public static String Cooccurrence_lines;
    public static String Cooccurrence_segmentOf;
    public static String Cooccurrence_rowSegment;
    public static String Cooccurrence_columnSegment;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
