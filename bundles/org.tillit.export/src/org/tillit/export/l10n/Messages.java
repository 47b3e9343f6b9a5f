package org.tillit.export.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The export's texts: column headers and sheet titles of exported tables, the provenance section,
 * and the reasons an export is refused. English in messages.properties, Swedish in messages_sv.properties.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.export.l10n.messages";

    public static String AtomicFile_noFolder;
    public static String AtomicFile_isFolder;
    public static String AtomicFile_cannotWrite;
    public static String AtomicFile_inUse;
    public static String AtomicFile_denied;
    public static String AtomicFile_missing;
    public static String Pseudonyms_badRow;
    public static String Pseudonyms_unreadable;
    public static String Citation_unbalanced;
    public static String Citation_unknownPlaceholder;
    public static String Provenance_summary;
    public static String Provenance_title;
    public static String Provenance_field;
    public static String Provenance_value;
    public static String Column_document;
    public static String Column_case;
    public static String Column_code;
    public static String Column_quote;
    public static String Column_citation;
    public static String Column_lineStart;
    public static String Column_lineEnd;
    public static String Column_coder;
    public static String Column_speaker;
    public static String Column_group;
    public static String Column_segments;
    public static String Column_documents;
    public static String Column_cases;
    public static String Column_casesPercent;
    public static String Column_characters;
    public static String Column_perCase;
    public static String Column_flag;
    public static String Column_question;
    public static String Table_segments;
    public static String Table_comparison;
    public static String Table_counts;
    public static String Table_percentages;
    public static String QuoteReport_group;
    public static String QuoteReport_counts;
    public static String QuoteReport_countOne;
    public static String QuoteReport_noQuotes;
    public static String QuoteReport_quoted;
    public static String QuoteReport_definition;
    public static String QuoteReport_memo;
    public static String QuoteReport_replacements;
    public static String Table_cooccurrence;
    public static String Table_cooccurrenceMatrix;
    public static String Column_otherCode;
    public static String Table_hits;
    public static String Table_chart;
    public static String Column_line;
    public static String Column_hit;
    public static String Column_context;
    public static String Column_pairs;
    public static String Table_agreement;
    public static String Table_disagreements;
    public static String Column_both;
    public static String Column_firstOnly;
    public static String Column_secondOnly;
    public static String Column_neither;
    public static String Column_agreement;
    public static String Column_kappa;
    public static String Column_pi;
    public static String Column_alpha;
    public static String Column_codedBy;
    public static String Column_notBy;
    public static String Row_allCodes;
    public static String Row_allDocuments;
    public static String Codebook_title;
    public static String Codebook_definition;
    public static String Codebook_sets;
    public static String Codebook_grouping;
    public static String Codebook_counts;
    public static String Codebook_countsWithSubcodes;
    public static String Codebook_members;
    public static String Codebook_noMembers;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
