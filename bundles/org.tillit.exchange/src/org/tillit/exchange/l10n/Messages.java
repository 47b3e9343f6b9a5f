package org.tillit.exchange.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The REFI-QDA exchange's texts: progress, why an export or a file is refused, the names of the
 * notes Tillit's memos become, what an import plans and did not carry. English in
 * messages.properties, Swedish in messages_sv.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.exchange.l10n.messages";

    public static String QdpxExport_task;
    public static String NewProject_notEmpty;
    public static String Progress_codebook;
    public static String Progress_documents;
    public static String Progress_casesAndAttributes;
    public static String Progress_placingCodings;
    public static String Progress_codings;
    public static String Progress_memos;
    public static String NewProject_summary;
    public static String QdpxExport_changed;
    public static String QdpxExport_storeFailed;
    public static String QdpxExport_tooLarge;
    public static String QdcExport_noCodes;
    public static String QdcExport_noBranch;
    public static String Note_project;
    public static String Note_document;
    public static String Note_code;
    public static String Note_coding;
    public static String Note_case;
    public static String Link_memo;
    public static String Archive_corrupt;
    public static String Archive_refused;
    public static String Archive_tooManyEntries;
    public static String Archive_absolutePath;
    public static String Archive_outside;
    public static String Archive_link;
    public static String Archive_tooLarge;
    public static String Archive_ratio;
    public static String Archive_entryUnreadable;
    public static String Archive_noProject;
    public static String Codebook_unreadable;
    public static String Xml_malformed;
    public static String Xml_dtd;
    public static String Xml_wrongRoot;
    public static String Xml_tooDeep;
    public static String Source_noExtractor;
    public static String Source_unreadable;
    public static String Loss_element;
    public static String Loss_attribute;
    public static String Loss_extension;
    public static String Loss_media;
    public static String Loss_noText;
    public static String Loss_unknownCode;
    public static String Loss_badRange;
    public static String Loss_valueKept;
    public static String Loss_codingThere;
    public static String Report_heading;
    public static String Report_nothingLost;
    public static String Report_line;
    public static String Report_lineWithExamples;
    public static String Plan_documents;
    public static String Plan_codes;
    public static String Plan_codings;
    public static String Plan_sets;
    public static String Plan_cases;
    public static String Plan_variables;
    public static String Plan_coders;
    public static String Command_label;
    public static String Command_noTempFolder;
    public static String Memo_heading;

    public static String Archive_noDirectory;
    public static String Archive_directoryOutside;
    public static String Archive_directoryCut;
    public static String Archive_cutOff;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
