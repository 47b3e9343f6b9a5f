package org.tillit.ui.export;

import org.eclipse.osgi.util.NLS;

/** The Export dialog's, job's and menus' texts, in English and Swedish. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.export.messages";

    public static String Format_csv;
    public static String Format_csvExcel;
    public static String Format_xlsx;
    public static String Format_docx;
    public static String Format_markdown;
    public static String File_segments;
    public static String File_comparison;
    public static String File_quotes;
    public static String File_cooccurrence;
    public static String File_agreement;
    public static String File_search;
    public static String Title_segments;
    public static String Title_selectedSegments;
    public static String Title_comparison;
    public static String Title_quotes;
    public static String Title_quotesShown;
    public static String Title_cooccurrence;
    public static String Title_agreement;
    public static String File_codebook;
    public static String Title_codebook;
    public static String Title_hits;
    public static String Memory_notSaved;
    public static String Dialog_title;
    public static String Dialog_what;
    public static String Dialog_file;
    public static String Dialog_browse;
    public static String Dialog_format;
    public static String Dialog_citations;
    public static String Dialog_citation;
    public static String Dialog_placeholders;
    public static String Dialog_pseudonyms;
    public static String Dialog_pseudonymsHint;
    public static String Dialog_noPseudonyms;
    public static String Dialog_namesOne;
    public static String Dialog_names;
    public static String Dialog_report;
    public static String Dialog_definitions;
    public static String Dialog_memos;
    public static String Dialog_counts;
    public static String Dialog_questions;
    public static String Dialog_chart;
    public static String Dialog_export;
    public static String Dialog_replaceTitle;
    public static String Dialog_replace;
    public static String Job_name;
    public static String Job_state;
    public static String Job_writing;
    public static String Job_done;
    public static String Done_title;
    public static String Done_wrote;
    public static String Done_wroteOne;
    public static String Done_replaced;
    public static String Done_replacedOne;
    public static String Done_close;
    public static String Done_openFolder;
    public static String Done_cannotOpen;
    public static String Failed_title;
    public static String Failed_message;
    public static String Failed_unexpected;
    public static String Failed_log;
    public static String Menu_export;
    public static String Menu_exportQuotes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
