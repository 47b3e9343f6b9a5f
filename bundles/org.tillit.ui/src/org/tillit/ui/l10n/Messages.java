package org.tillit.ui.l10n;

import org.eclipse.osgi.util.NLS;

/**
 * The workbench's user-visible strings: views, dialogs, menus, status bar. English in messages.properties, Swedish in
 * messages_sv.properties; Equinox picks the file of the default locale when the class loads.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.tillit.ui.l10n.messages";

    public static String About_title;
    public static String About_text;
    public static String CodeDefinition_window;
    public static String CodeDefinition_title;
    public static String CodeDefinition_message;
    public static String CodeLabels_swedish;
    public static String CodeLabels_english;
    public static String CodeLabels_needLabel;
    public static String CodebookMenu_add;
    public static String CodebookMenu_addSub;
    public static String CodebookMenu_rename;
    public static String CodebookMenu_colour;
    public static String CodebookMenu_define;
    public static String CodebookMenu_merge;
    public static String CodebookMenu_delete;
    public static String Codebook_newCode;
    public static String Codebook_newCodeMessage;
    public static String Codebook_newSubCode;
    public static String Codebook_newSubCodeMessage;
    public static String Codebook_rename;
    public static String Codebook_renameMessage;
    public static String Codebook_colourOf;
    public static String Codebook_delete;
    public static String Codebook_deleteQuestion;
    public static String Codebook_deleteSubCodes;
    public static String Codebook_deleteOneCoding;
    public static String Codebook_deleteCodings;
    public static String Commands_changeFailed;
    public static String Commands_undoFailed;
    public static String Commands_redoFailed;
    public static String Commands_recordFailed;
    public static String DocumentPart_cannotOpen;
    public static String DocumentText_none;
    public static String Documents_name;
    public static String Documents_format;
    public static String Documents_characters;
    public static String Documents_speakers;
    public static String Documents_imported;
    public static String Edit_undo;
    public static String Edit_redo;
    public static String Files_all;
    public static String ImportAttributes_window;
    public static String ImportAttributes_title;
    public static String ImportAttributes_message;
    public static String ImportAttributes_sheet;
    public static String ImportAttributes_pathHint;
    public static String ImportAttributes_browse;
    public static String ImportAttributes_problems;
    public static String ImportAttributes_skipUnknown;
    public static String ImportAttributes_apply;
    public static String ImportAttributes_choose;
    public static String ImportAttributes_spreadsheets;
    public static String ImportAttributes_noFile;
    public static String ImportAttributes_reading;
    public static String ImportAttributes_unreadable;
    public static String ImportAttributes_noProblems;
    public static String ImportAttributes_oneProblem;
    public static String ImportAttributes_problemCount;
    public static String ImportAttributes_oneUnknown;
    public static String ImportAttributes_unknownCount;
    public static String ImportAttributes_noValues;
    public static String ImportAttributes_ready;
    public static String ImportAttributes_undoLabel;
    public static String ImportDocuments_window;
    public static String ImportDocuments_title;
    public static String ImportDocuments_message;
    public static String ImportDocuments_addFiles;
    public static String ImportDocuments_addFolder;
    public static String ImportDocuments_remove;
    public static String ImportDocuments_path;
    public static String ImportDocuments_pathHint;
    public static String ImportDocuments_add;
    public static String ImportDocuments_import;
    public static String ImportDocuments_chooseFiles;
    public static String ImportDocuments_documents;
    public static String ImportDocuments_chooseFolder;
    public static String ImportDocuments_noPath;
    public static String ImportDocuments_readingFolder;
    public static String ImportDocuments_folderUnreadable;
    public static String ImportDocuments_oneFile;
    public static String ImportDocuments_fileCount;
    public static String ImportJob_one;
    public static String ImportJob_many;
    public static String ImportJob_oneDone;
    public static String ImportJob_manyDone;
    public static String ImportLauncher_title;
    public static String ImportLauncher_unreadable;
    public static String ImportSummary_window;
    public static String ImportSummary_headline;
    public static String ImportSummary_failed;
    public static String ImportSummary_skipped;
    public static String Language_swedish;
    public static String Language_english;
    public static String Merge_window;
    public static String Merge_title;
    public static String Merge_message;
    public static String Merge_filter;
    public static String PlanTable_row;
    public static String PlanTable_name;
    public static String PlanTable_matches;
    public static String PlanTable_column;
    public static String PlanTable_newColumn;
    public static String PlanTable_unmatched;
    public static String Progress_cancel;
    public static String Progress_cancelling;
    public static String Progress_ready;
    public static String Progress_done;
    public static String Progress_cancelled;
    public static String Summary_characters;
    public static String Summary_lines;
    public static String Summary_speakers;
    public static String Toolbar_filter;
    public static String Toolbar_swedish;
    public static String Toolbar_english;
    public static String Toolbar_add;
    public static String Toolbar_addTip;
    public static String Toolbar_addSub;
    public static String Toolbar_addSubTip;
    public static String Toolbar_merge;
    public static String Toolbar_mergeTip;
    public static String Toolbar_delete;
    public static String Toolbar_deleteTip;
    public static String Toolbar_rename;
    public static String Toolbar_renameTip;
    public static String Toolbar_colour;
    public static String Toolbar_colourTip;
    public static String Toolbar_define;
    public static String Toolbar_defineTip;
    public static String Preferences_window;
    public static String Preferences_general;
    public static String Preferences_generalDescription;
    public static String Preferences_interface;
    public static String Preferences_language;
    public static String Preferences_followSystem;
    public static String Preferences_restartNote;
    public static String Preferences_restartTitle;
    public static String Preferences_restartQuestion;
    public static String Preferences_coding;
    public static String Preferences_coderName;
    public static String Preferences_coderNote;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
