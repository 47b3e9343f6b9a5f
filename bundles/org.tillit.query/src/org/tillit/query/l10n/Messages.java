package org.tillit.query.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The query layer's messages: mistakes in a condition or a code path, the respondent check's
 * reasons. English in messages.properties, Swedish in messages_sv.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.query.l10n.messages";

    public static String WhereParser_theEnd;
    public static String WhereParser_expected;
    public static String WhereParser_expectedOperator;
    public static String WhereParser_expectedName;
    public static String WhereParser_expectedValue;
    public static String WhereParser_unknownAttribute;
    public static String WhereParser_unknownName;
    public static String WhereParser_badValue;
    public static String WhereParser_unclosedQuote;
    public static String WhereParser_unexpected;
    public static String CodePaths_unknown;
    public static String CodePaths_topLevel;
    public static String CodePaths_unknownSet;
    public static String CodePaths_ambiguous;
    public static String ProjectFacts_textUnreadable;
    public static String Comparison_oneCase;
    public static String Comparison_fewCases;
    public static String SearchSpec_empty;
    public static String SearchSpec_badRegex;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
