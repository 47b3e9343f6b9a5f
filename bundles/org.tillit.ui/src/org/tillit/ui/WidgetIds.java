package org.tillit.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable ids on widgets for UI tests. The key is SWTBot's default, so SWTBot's
 * {@code withId(...)} finds the same widgets the project's own driver finds.
 */
public final class WidgetIds {

    public static final String KEY = "org.eclipse.swtbot.widget.key";

    public static final String DOCUMENTS_TABLE = "tillit.documents.table";
    public static final String DOCUMENT_TEXT = "tillit.document.text";
    public static final String DOCUMENT_TITLE = "tillit.document.title";
    public static final String CODING_LANES = "tillit.coding.lanes";
    /** The second coder's lanes, when two coders are shown side by side. */
    public static final String CODING_LANES_SECOND = "tillit.coding.lanes.second";
    /** Data on a lanes margin: the name of the coder whose codings it shows, when coders are apart. */
    public static final String LANE_CAPTION = "tillit.coding.lanes.caption";
    public static final String CODER_DISPLAY = "tillit.coding.coders";
    public static final String PROJECT_FOLDER = "tillit.project.folder";
    public static final String PROJECT_FOLDER_PROBLEM = "tillit.project.folderProblem";
    public static final String REFI_IMPORT_INTO = "tillit.refi.import.into";
    public static final String REFI_IMPORT_NEW = "tillit.refi.import.new";
    public static final String REFI_IMPORT_NEW_FOLDER = "tillit.refi.import.newFolder";
    public static final String RETRIEVAL_CODER = "tillit.retrieval.coder";
    public static final String COMPARISON_CODER = "tillit.comparison.coder";
    public static final String CODING_OVERVIEW = "tillit.coding.overview";
    public static final String FIND_TEXT = "tillit.find.text";
    public static final String MEMO_TARGET = "tillit.memo.target";
    public static final String MEMO_TEXT = "tillit.memo.text";
    public static final String MEMOS_TABLE = "tillit.memos.table";
    public static final String FIND_STATUS = "tillit.find.status";
    public static final String HIGHLIGHT_FILTER = "tillit.highlight.filter";
    public static final String EDIT_MODE = "tillit.edit.mode";
    public static final String REPLACE_FIND = "tillit.replace.find";
    public static final String REPLACE_WITH = "tillit.replace.with";
    /** Data key on the lanes margin: how many lanes it has. */
    public static final String LANE_COUNT = "tillit.coding.lanes.count";
    /** Data key on the lanes margin: the selected coding's lane as last painted (a Rectangle), or null. */
    public static final String SELECTED_LANE = "tillit.coding.lanes.selected";
    public static final String QUICK_CODE_FILTER = "tillit.quickcode.filter";
    public static final String QUICK_CODE_LIST = "tillit.quickcode.list";
    public static final String CODEBOOK_TREE = "tillit.codebook.tree";
    public static final String IMPORT_PATH = "tillit.import.path";
    public static final String IMPORT_FILES = "tillit.import.files";
    public static final String ATTRIBUTES_PATH = "tillit.attributes.path";
    public static final String ATTRIBUTES_PREVIEW = "tillit.attributes.preview";
    public static final String ATTRIBUTES_PROBLEMS = "tillit.attributes.problems";
    public static final String ATTRIBUTES_SKIP_UNKNOWN = "tillit.attributes.skipUnknown";
    public static final String PROGRESS_LABEL = "tillit.progress.label";
    public static final String PROGRESS_CANCEL = "tillit.progress.cancel";
    public static final String PREFERENCES_LANGUAGE = "tillit.preferences.language";
    public static final String PREFERENCES_CODER = "tillit.preferences.coder";
    public static final String RETRIEVAL_TABLE = "tillit.retrieval.table";
    public static final String RETRIEVAL_CONTEXT = "tillit.retrieval.context";
    public static final String RETRIEVAL_CODE = "tillit.retrieval.code";
    public static final String RETRIEVAL_SUBCODES = "tillit.retrieval.subcodes";
    public static final String RETRIEVAL_FILTER = "tillit.retrieval.filter";
    public static final String RETRIEVAL_CONTEXT_KIND = "tillit.retrieval.contextKind";
    public static final String RETRIEVAL_COUNT = "tillit.retrieval.count";
    public static final String RETRIEVAL_RESPONDENTS = "tillit.retrieval.respondents";
    public static final String RETRIEVAL_WHERE = "tillit.retrieval.where";
    // the Quote matrix view
    public static final String QUOTE_MATRIX_CODE_SHOWN = "tillit.quotes.codeShown";
    public static final String QUOTE_MATRIX_GROUP_BY = "tillit.quotes.groupBy";
    public static final String QUOTE_MATRIX_ROLL_UP = "tillit.quotes.rollUp";
    public static final String QUOTE_MATRIX_COUNT = "tillit.quotes.count";
    public static final String QUOTE_MATRIX_GRID = "tillit.quotes.grid";
    public static final String QUOTE_MATRIX_GROUP = "tillit.quotes.group";
    public static final String QUOTE_MATRIX_CODE = "tillit.quotes.code";
    public static final String QUOTE_MATRIX_CELL = "tillit.quotes.cell";
    public static final String QUOTE_MATRIX_EMPTY = "tillit.quotes.empty";
    // Text search, autocoding, the code picker and the Retrieval view's own code choice
    public static final String CODE_PICKER_FILTER = "tillit.codepicker.filter";
    public static final String CODE_PICKER_LIST = "tillit.codepicker.list";
    public static final String RETRIEVAL_CHOOSE_CODE = "tillit.retrieval.chooseCode";
    public static final String SEARCH_TEXT = "tillit.search.text";
    public static final String SEARCH_MODE = "tillit.search.mode";
    public static final String SEARCH_WHOLE_WORD = "tillit.search.wholeWord";
    public static final String SEARCH_CASE = "tillit.search.case";
    public static final String SEARCH_SCOPE = "tillit.search.scope";
    public static final String SEARCH_WHERE = "tillit.search.where";
    public static final String SEARCH_MESSAGE = "tillit.search.message";
    public static final String SEARCH_COUNT = "tillit.search.count";
    public static final String SEARCH_TABLE = "tillit.search.table";
    public static final String SEARCH_CONTEXT = "tillit.search.context";
    public static final String SEARCH_AUTOCODE = "tillit.search.autocode";
    public static final String SEARCH_AUTOCODE_SPEAKER = "tillit.search.autocodeSpeaker";
    public static final String AUTOCODE_EXISTING = "tillit.autocode.existing";
    public static final String AUTOCODE_NEW = "tillit.autocode.new";
    public static final String AUTOCODE_NEW_PATH = "tillit.autocode.newPath";
    public static final String AUTOCODE_WHICH = "tillit.autocode.which";
    public static final String AUTOCODE_EXTENSION = "tillit.autocode.extension";
    public static final String AUTOCODE_SPEAKER = "tillit.autocode.speaker";
    public static final String AUTOCODE_PREVIEW = "tillit.autocode.preview";
    // Comparison chart and Co-occurrence view
    public static final String COMPARISON_CHART = "tillit.comparison.chart";
    public static final String COOCCURRENCE_SCOPE = "tillit.cooccurrence.scope";
    public static final String COOCCURRENCE_CODE = "tillit.cooccurrence.code";
    public static final String COOCCURRENCE_PROXIMITY = "tillit.cooccurrence.proximity";
    public static final String COOCCURRENCE_CHARACTERS = "tillit.cooccurrence.characters";
    public static final String COOCCURRENCE_DOCUMENTS = "tillit.cooccurrence.documents";
    public static final String COOCCURRENCE_MATRIX = "tillit.cooccurrence.matrix";
    public static final String COOCCURRENCE_PAIRS = "tillit.cooccurrence.pairs";
    public static final String COOCCURRENCE_STATUS = "tillit.cooccurrence.status";
    public static final String AGREEMENT_FIRST = "tillit.agreement.first";
    public static final String AGREEMENT_SECOND = "tillit.agreement.second";
    public static final String AGREEMENT_BY = "tillit.agreement.by";
    public static final String AGREEMENT_SCOPE = "tillit.agreement.scope";
    public static final String AGREEMENT_CODE = "tillit.agreement.code";
    public static final String AGREEMENT_STATUS = "tillit.agreement.status";
    public static final String AGREEMENT_TABLE = "tillit.agreement.table";
    public static final String AGREEMENT_DISAGREEMENTS = "tillit.agreement.disagreements";
    // the Comparison view and its preference page
    public static final String COMPARISON_GROUP_BY = "tillit.comparison.groupBy";
    public static final String COMPARISON_ROWS = "tillit.comparison.rows";
    public static final String COMPARISON_ROLL_UP = "tillit.comparison.rollUp";
    public static final String COMPARISON_ONLY_CODED = "tillit.comparison.onlyCoded";
    public static final String COMPARISON_UNIT = "tillit.comparison.unit";
    public static final String COMPARISON_SHOW = "tillit.comparison.show";
    public static final String COMPARISON_MESSAGE = "tillit.comparison.message";
    public static final String COMPARISON_MATRIX = "tillit.comparison.matrix";
    public static final String COMPARISON_TABS = "tillit.comparison.tabs";
    public static final String COMPARISON_SEGMENTS = "tillit.comparison.segments";
    public static final String COMPARISON_CONTEXT = "tillit.comparison.context";
    public static final String COMPARISON_MAX_SHARE = "tillit.comparison.maxShare";
    public static final String COMPARISON_MIN_CASES = "tillit.comparison.minCases";

    // the Export dialog
    public static final String EXPORT_WHAT = "tillit.export.what";
    public static final String EXPORT_FILE = "tillit.export.file";
    public static final String EXPORT_FORMAT = "tillit.export.format";
    public static final String EXPORT_CITATION = "tillit.export.citation";
    public static final String EXPORT_PLACEHOLDERS = "tillit.export.placeholders";
    public static final String EXPORT_CITATION_PROBLEM = "tillit.export.citationProblem";
    public static final String EXPORT_PSEUDONYMS = "tillit.export.pseudonyms";
    public static final String EXPORT_PSEUDONYMS_STATUS = "tillit.export.pseudonymsStatus";
    public static final String EXPORT_DEFINITIONS = "tillit.export.definitions";
    public static final String EXPORT_MEMOS = "tillit.export.memos";
    public static final String EXPORT_COUNTS = "tillit.export.counts";
    public static final String EXPORT_QUESTIONS = "tillit.export.questions";
    public static final String EXPORT_CHART = "tillit.export.chart";
    public static final String REFI_EXPORT_PROJECT = "tillit.refi.export.project";
    public static final String REFI_EXPORT_CODEBOOK = "tillit.refi.export.codebook";
    public static final String REFI_EXPORT_BRANCH = "tillit.refi.export.branch";
    public static final String REFI_EXPORT_FILE = "tillit.refi.export.file";
    public static final String REFI_IMPORT_FILE = "tillit.refi.import.file";
    public static final String REFI_IMPORT_READ = "tillit.refi.import.read";
    public static final String REFI_IMPORT_PLAN = "tillit.refi.import.plan";

    private WidgetIds() {
    }

    public static <W extends Widget> W tag(W widget, String id) {
        widget.setData(KEY, id);
        return widget;
    }
}
