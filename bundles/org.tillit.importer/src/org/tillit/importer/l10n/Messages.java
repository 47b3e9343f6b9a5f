package org.tillit.importer.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The importer's user-visible messages (reasons a file or sheet was not imported). English in messages.properties, Swedish in
 * messages_sv.properties; Equinox picks the file of the default locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.importer.l10n.messages";

    public static String ImportReport_summary;
    public static String ImportReport_cancelled;
    public static String Importer_task;
    public static String Importer_notReadable;
    public static String Importer_duplicate;
    public static String Importer_cannotRead;
    public static String Importer_internalError;
    public static String Format_word;
    public static String Format_odt;
    public static String Format_rtf;
    public static String Format_pdf;
    public static String Format_html;
    public static String Format_text;
    public static String Format_markdown;
    public static String Format_epub;
    public static String Format_document;
    public static String Format_other;
    public static String Extractor_password;
    public static String Extractor_tooLong;
    public static String Extractor_damaged;
    public static String Extractor_timeout;
    public static String Extractor_interrupted;
    public static String Extractor_memory;
    public static String Extractor_memoryLimit;
    public static String Extractor_unreadable;
    public static String Extractor_cannotRead;
    public static String Extractor_empty;
    public static String Extractor_tooLarge;
    public static String Extractor_unknownFormat;
    public static String Extractor_pdfNoText;
    public static String Extractor_noText;
    public static String Extractor_zipBomb;
    public static String Sheet_xlsx;
    public static String Sheet_xls;
    public static String Sheet_password;
    public static String Sheet_damaged;
    public static String Sheet_noWorksheet;
    public static String Sheet_firstWorksheetEmpty;
    public static String Sheet_badCsv;
    public static String Sheet_csvEmpty;
    public static String Sheet_empty;
    public static String Sheet_notExcel;
    public static String Sheet_unknownKind;
    public static String Sheet_tooLarge;
    public static String Sheet_cannotRead;
    public static String Sheet_tooManyRows;
    public static String Sheet_tooManyColumns;
    public static String Plan_summaryOne;
    public static String Plan_summary;
    public static String Plan_noColumns;
    public static String Plan_rowWithoutName;
    public static String Plan_sameOwner;
    public static String Plan_columnWithoutName;
    public static String Plan_sameHeader;
    public static String Plan_badValue;
    public static String Plan_severalDocuments;
    public static String Plan_severalCases;
    public static String Plan_unknownName;
    public static String Plan_document;
    public static String Plan_case;
    public static String Plan_nothing;
    public static String Plan_columnNumber;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
