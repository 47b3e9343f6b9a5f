package org.tillit.ui.agreement;

import org.eclipse.osgi.util.NLS;

/** The Agreement view's texts, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.agreement.messages";

    public static String Agreement_coders;
    public static String Agreement_and;
    public static String Agreement_by;
    public static String Agreement_allTogether;
    public static String Agreement_allCodes;
    public static String Agreement_selectedCode;
    public static String Agreement_scopeTip;
    public static String Agreement_chooseCode;
    public static String Agreement_codeChosen;
    public static String Agreement_oneCoder;
    public static String Agreement_chooseTwo;
    public static String Agreement_computing;
    public static String Agreement_failed;
    public static String Agreement_found;
    public static String Agreement_code;
    public static String Agreement_group;
    public static String Agreement_overall;
    public static String Agreement_allDocuments;
    public static String Agreement_percent;
    public static String Agreement_kappa;
    public static String Agreement_pi;
    public static String Agreement_alpha;
    public static String Agreement_characters;
    public static String Agreement_document;
    public static String Agreement_lines;
    public static String Agreement_codedBy;
    public static String Agreement_notBy;
    public static String Agreement_text;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
