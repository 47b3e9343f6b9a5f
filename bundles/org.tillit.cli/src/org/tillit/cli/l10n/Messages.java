package org.tillit.cli.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The command line's help, usage errors and messages. English in messages.properties, Swedish in
 * messages_sv.properties; Equinox picks the file of the default locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.cli.l10n.messages";

    public static String Codebook_usageHead;
    public static String Codebook_usageTail;
    public static String Import_usageHead;
    public static String Import_usageTail;
    public static String Documents_usageHead;
    public static String Documents_usageTail;
    public static String Attributes_usageHead;
    public static String Attributes_usageTail;
    public static String Codebook_summary;
    public static String Codebook_sets;
    public static String Import_summary;
    public static String Import_notFound;
    public static String Import_noFiles;
    public static String Import_created;
    public static String Import_badName;
    public static String Import_unreadableFolder;
    public static String Documents_summary;
    public static String Documents_none;
    public static String Documents_header;
    public static String Attributes_summary;
    public static String Attributes_noFile;
    public static String Attributes_missingFile;
    public static String Attributes_notApplied;
    public static String Attributes_undoLabel;
    public static String Attributes_fixProblems;
    public static String Attributes_fixUnknown;
    public static String Attributes_noValues;
    public static String Attributes_newColumn;
    public static String Attributes_existingColumn;
    public static String Attributes_noMatch;
    public static String Attributes_row;
    public static String Attributes_unknown;
    public static String Attributes_problem;
    public static String Report_summary;
    public static String Report_usageHead;
    public static String Report_usageTail;
    public static String Export_summary;
    public static String Export_usageHead;
    public static String Export_usageTail;
    public static String Export_which;
    public static String Export_unknown;
    public static String Export_titleSegments;
    public static String Export_titleCompare;
    public static String Export_titleQuotes;
    public static String Export_wrote;
    public static String Export_wroteOne;
    public static String Export_replaced;
    public static String Export_badFormat;
    public static String Export_notARecord;
    public static String Export_notReplayable;
    public static String Export_titleSearch;
    public static String Compare_groups;
    public static String Compare_bands;
    public static String Compare_byCodeSets;
    public static String Compare_byDocuments;
    public static String Export_unreadableRecord;
    public static String Export_unchanged;
    public static String Export_changed;
    public static String Export_titleCooccurrence;
    public static String Export_titleAgreement;
    public static String Export_chartFormats;
    public static String Export_codebookFormats;
    public static String Report_which;
    public static String Report_unknown;
    public static String Agreement_unknownCoder;
    public static String Agreement_twoCoders;
    public static String Report_segmentCount;
    public static String Report_lines;
    public static String Query_badContext;
    public static String Query_notANumber;
    public static String Query_unknownDocument;
    public static String Query_unknownCase;
    public static String Search_summary;
    public static String Search_usageHead;
    public static String Search_usageTail;
    public static String Search_noText;
    public static String Search_hitCount;
    public static String Autocode_summary;
    public static String Autocode_usageHead;
    public static String Autocode_usageTail;
    public static String Autocode_searchOrSpeaker;
    public static String Autocode_done;
    public static String Autocode_doneNewCode;
    public static String Autocode_doneOne;
    public static String Autocode_blankCoder;
    public static String Autocode_doneOneNewCode;
    public static String Autocode_noSuchSpeaker;
    public static String Arguments_twice;
    public static String Arguments_unknown;
    public static String Arguments_needsValue;
    public static String Arguments_singleDash;
    public static String Arguments_required;
    public static String Arguments_choice;
    public static String Arguments_unexpected;
    public static String Services_store;
    public static String Services_importer;
    public static String Services_attributeImporter;
    public static String Services_timeout;
    public static String Services_interrupted;
    public static String Project_usage;
    public static String Project_badFolder;
    public static String Cli_unknownOption;
    public static String Cli_unknownCommand;
    public static String Cli_seeHelp;
    public static String Cli_seeCommandHelp;
    public static String Cli_detailsInLog;
    public static String Cli_internalError;
    public static String Cli_oneCommand;
    public static String Cli_usage;
    public static String Cli_helpSummary;
    public static String Cli_usageEnd;

    public static String Refi_summary;
    public static String Refi_usageHead;
    public static String Refi_usageTail;
    public static String Refi_which;
    public static String Refi_unknown;
    public static String Refi_badExtension;
    public static String Refi_branchOfCodebook;
    public static String Refi_wroteProject;
    public static String Refi_wroteCodebook;

    public static String Services_extractor;
    public static String Refi_whichFile;
    public static String Refi_imported;

    public static String Refi_summaryImportQdpx;
    public static String Refi_summaryExportQdpx;
    public static String Refi_summaryImportQdc;
    public static String Refi_summaryExportQdc;
    public static String Refi_intoWanted;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
