package org.tillit.ui.quotes;

import org.eclipse.osgi.util.NLS;

/** The Quote matrix view's strings, in English (messages.properties) and Swedish (messages_sv.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.quotes.messages";

    public static String QuoteMatrix_byAttribute;
    public static String QuoteMatrix_byCodeSets;
    public static String QuoteMatrix_byDocuments;
    public static String QuoteMatrix_chooseCode;
    public static String QuoteMatrix_code;
    public static String QuoteMatrix_groups;
    public static String QuoteMatrix_rollUp;
    public static String QuoteMatrix_rollUpTooltip;
    public static String QuoteMatrix_count;
    public static String QuoteMatrix_countOne;
    public static String QuoteMatrix_working;
    public static String QuoteMatrix_job;
    public static String QuoteMatrix_group;
    public static String QuoteMatrix_noQuotes;
    public static String QuoteMatrix_nothingCoded;
    public static String QuoteMatrix_more;
    public static String QuoteMatrix_line;
    public static String QuoteMatrix_lines;
    public static String QuoteMatrix_citation;
    public static String QuoteMatrix_citationWithCase;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
