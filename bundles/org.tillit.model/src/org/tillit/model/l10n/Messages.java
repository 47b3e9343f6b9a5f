package org.tillit.model.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The model's user-visible words: value problems, type and format names. English in messages.properties, Swedish in
 * messages_sv.properties; Equinox picks the file of the default locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.model.l10n.messages";

    public static String AttributeValues_tooLong;
    public static String AttributeValues_notNumber;
    public static String AttributeValues_notDate;
    public static String AttributeValues_notYesNo;
    public static String AttributeValues_notAllowed;
    public static String AttributeType_text;
    public static String AttributeType_number;
    public static String AttributeType_date;
    public static String AttributeType_yesNo;
    public static String AttributeType_category;
    public static String FormatLabels_text;
    public static String CodebookReader_notACodebook;
    public static String CodebookReader_unexpected;
    public static String CodebookReader_twice;
    public static String CodebookReader_notXml;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
