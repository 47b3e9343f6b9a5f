package org.tillit.ui.search;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Document;
import org.tillit.query.SearchSpec;
import org.tillit.ui.WidgetIds;

/**
 * The rows above the hits: what to search for and how (a phrase, any of the words or a regular
 * expression; whole words; case), where (all documents, those selected in the Documents view, those
 * meeting a condition), the autocoding buttons, how many hits there are and, below, a message (a bad
 * regular expression or condition, how many codings autocoding made). Enter searches; a changed
 * option searches again once something was searched for.
 */
final class SearchControls {

    /** What the buttons do: search, autocode the hits, autocode a speaker's turns. */
    record Actions(Runnable search, Runnable autocode, Runnable autocodeSpeaker) {
    }

    private static final List<SearchSpec.Mode> MODES = List.of(SearchSpec.Mode.PHRASE, SearchSpec.Mode.WORDS,
            SearchSpec.Mode.REGEX);
    private static final List<SearchQuery.Scope> SCOPES = List.of(SearchQuery.Scope.ALL,
            SearchQuery.Scope.SELECTED_DOCUMENTS, SearchQuery.Scope.CONDITION);

    private final Text text;
    private final Combo mode;
    private final Button wholeWord;
    private final Button caseSensitive;
    private final Combo scope;
    private final Text where;
    private final Button autocode;
    private final Label count;
    private final Label message;
    private final Supplier<List<Document>> selectedDocuments;

    SearchControls(Composite parent, Supplier<List<Document>> selectedDocuments, Actions actions) {
        this.selectedDocuments = selectedDocuments;
        Composite rows = new Composite(parent, SWT.NONE);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        rows.setLayout(layout);

        Composite searchRow = row(rows, 2);
        text = WidgetIds.tag(new Text(searchRow, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetIds.SEARCH_TEXT);
        text.setMessage(Messages.Search_prompt);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button search = new Button(searchRow, SWT.PUSH);
        search.setText(Messages.Search_search);

        Composite howRow = row(rows, 4);
        mode = WidgetIds.tag(new Combo(howRow, SWT.READ_ONLY), WidgetIds.SEARCH_MODE);
        mode.setItems(Messages.Search_modePhrase, Messages.Search_modeWords, Messages.Search_modeRegex);
        mode.select(0);
        wholeWord = WidgetIds.tag(new Button(howRow, SWT.CHECK), WidgetIds.SEARCH_WHOLE_WORD);
        wholeWord.setText(Messages.Search_wholeWord);
        caseSensitive = WidgetIds.tag(new Button(howRow, SWT.CHECK), WidgetIds.SEARCH_CASE);
        caseSensitive.setText(Messages.Search_matchCase);
        count = WidgetIds.tag(new Label(howRow, SWT.RIGHT), WidgetIds.SEARCH_COUNT);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite scopeRow = row(rows, 3);
        new Label(scopeRow, SWT.NONE).setText(Messages.Search_in);
        scope = WidgetIds.tag(new Combo(scopeRow, SWT.READ_ONLY), WidgetIds.SEARCH_SCOPE);
        scope.setItems(Messages.Search_inAll, Messages.Search_inSelected, Messages.Search_inCondition);
        scope.select(0);
        where = WidgetIds.tag(new Text(scopeRow, SWT.BORDER), WidgetIds.SEARCH_WHERE);
        where.setMessage(Messages.Search_wherePrompt);
        GridData whereData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        whereData.minimumWidth = 120;
        where.setLayoutData(whereData);
        where.setEnabled(false);

        Composite autocodeRow = row(rows, 3);
        autocode = WidgetIds.tag(new Button(autocodeRow, SWT.PUSH), WidgetIds.SEARCH_AUTOCODE);
        autocode.setText(Messages.Search_autocode);
        autocode.setToolTipText(Messages.Search_autocodeTooltip);
        autocode.setEnabled(false);
        Button speaker = WidgetIds.tag(new Button(autocodeRow, SWT.PUSH), WidgetIds.SEARCH_AUTOCODE_SPEAKER);
        speaker.setText(Messages.Search_autocodeSpeaker);
        speaker.setToolTipText(Messages.Search_autocodeSpeakerTooltip);
        message = WidgetIds.tag(new Label(autocodeRow, SWT.WRAP), WidgetIds.SEARCH_MESSAGE);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        messageData.widthHint = 200;
        message.setLayoutData(messageData);

        text.addListener(SWT.DefaultSelection, e -> actions.search().run());
        where.addListener(SWT.DefaultSelection, e -> actions.search().run());
        search.addListener(SWT.Selection, e -> actions.search().run());
        Runnable again = () -> {
            if (!text.getText().isBlank()) {
                actions.search().run();
            }
        };
        mode.addListener(SWT.Selection, e -> again.run());
        wholeWord.addListener(SWT.Selection, e -> again.run());
        caseSensitive.addListener(SWT.Selection, e -> again.run());
        scope.addListener(SWT.Selection, e -> {
            where.setEnabled(scope() == SearchQuery.Scope.CONDITION);
            if (scope() != SearchQuery.Scope.CONDITION || !where.getText().isBlank()) {
                again.run();
            }
        });
        autocode.addListener(SWT.Selection, e -> actions.autocode().run());
        speaker.addListener(SWT.Selection, e -> actions.autocodeSpeaker().run());
    }

    /** One row of widgets side by side, the full width. */
    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        return row;
    }

    SearchQuery query() {
        return new SearchQuery(text.getText(), MODES.get(Math.max(0, mode.getSelectionIndex())), wholeWord.getSelection(),
                caseSensitive.getSelection(), scope(),
                scope() == SearchQuery.Scope.SELECTED_DOCUMENTS ? selectedDocuments.get() : List.of(), where.getText());
    }

    private SearchQuery.Scope scope() {
        return SCOPES.get(Math.max(0, scope.getSelectionIndex()));
    }

    void showSearching() {
        count.setText(Messages.Search_searching);
        autocode.setEnabled(false);
    }

    void showCount(int hits, int documents) {
        if (hits == 0) {
            count.setText(Messages.Search_noHits);
        } else {
            String pattern = hits == 1 ? Messages.Search_countOne
                    : documents == 1 ? Messages.Search_countOneDocument : Messages.Search_count;
            count.setText(NLS.bind(pattern, hits, documents));
        }
        autocode.setEnabled(hits > 0);
    }

    void showNothing() {
        count.setText("");
        autocode.setEnabled(false);
    }

    /** A problem with what was asked (a bad regular expression, a condition that does not parse). */
    void showProblem(String problem) {
        message.setForeground(JFaceColors.getErrorText(message.getDisplay()));
        show(problem);
    }

    /** What happened (how many codings autocoding made), or "" for nothing. */
    void showInfo(String info) {
        message.setForeground(null);
        show(info);
    }

    private void show(String text) {
        message.setText(text);
        message.getParent().layout();
    }

    void setFocus() {
        text.setFocus();
    }
}
