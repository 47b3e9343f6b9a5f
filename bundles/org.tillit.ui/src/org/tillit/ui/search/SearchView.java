package org.tillit.ui.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.tillit.commands.AutocodeCommand;
import org.tillit.export.ExportArguments;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.query.ContextSpec;
import org.tillit.query.Hit;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.results.ResultsPane;
import org.tillit.ui.results.RowTable;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The Text search view's widgets: the search rows, the hits in a virtual table and, below it, the
 * selected hit in its context. The search runs in a background job with progress and Cancel in the
 * status bar; a newer search cancels the one before. Autocoding the hits, or a speaker's turns, is
 * one undoable command.
 */
public final class SearchView implements Exportable {

    /** What the view needs from the workbench: the Documents view's selection, opening a hit, running commands. */
    public record Workbench(Supplier<List<Document>> selectedDocuments, Consumer<Hit> onOpen, CommandRunner commands) {
    }

    private final ProjectStore store;
    private final Workbench workbench;
    private final SearchControls controls;
    private final ResultsPane<Hit> results;
    private final RowTable<Hit> table;
    private final LatestWork work;
    private boolean searched;
    /** The search whose hits are shown. */
    private SearchQuery shownQuery;

    public SearchView(Composite parent, ProjectStore store, Workbench workbench) {
        this.store = store;
        this.workbench = workbench;
        QueryViewLayout.column(parent);
        controls = new SearchControls(parent, workbench.selectedDocuments(),
                new SearchControls.Actions(this::search, this::autocodeHits, this::autocodeSpeaker));
        results = new ResultsPane<>(parent, new ResultsPane.Spec<>(WidgetIds.SEARCH_TABLE, WidgetIds.SEARCH_CONTEXT,
                h -> h.documentGuid() + ':' + h.start(), true), SearchView::placed, workbench.onOpen());
        table = results.table();
        work = new LatestWork(table.control(), true);
        ExportMenu.attach(table.control(), store, ExportMenu.export(this::exportSource));
    }

    /** Searches as the controls ask, in the background. */
    public void search() {
        SearchQuery query = controls.query();
        controls.showInfo("");
        if (query.text().isBlank()) {
            show(List.of());
            controls.showNothing();
            return;
        }
        if (query.scope() == SearchQuery.Scope.SELECTED_DOCUMENTS && query.selectedDocuments().isEmpty()) {
            failed(Messages.Search_noneSelected);
            return;
        }
        searched = true;
        controls.showSearching();
        work.start(NLS.bind(Messages.Search_job, query.text()), monitor -> TextSearch.search(store, query.spec(store), monitor),
                new LatestWork.Delivery<>(hits -> {
                    shownQuery = query;
                    show(hits);
                }, this::failed));
    }

    /** The documents or their attributes changed: the hits shown may be out of date. */
    public void projectChanged() {
        if (searched) {
            search();
        }
    }

    private void show(List<Hit> hits) {
        results.show(hits, HitColumns.all());
        controls.showCount(hits.size(), (int) hits.stream().map(Hit::documentGuid).distinct().count());
    }

    private void failed(String problem) {
        results.show(List.of(), HitColumns.all());
        controls.showNothing();
        controls.showProblem(problem);
    }

    private void autocodeHits() {
        List<Hit> hits = table.shown();
        if (!hits.isEmpty()) {
            run(new AutocodeHitsDialog(table.control().getShell(), store, codeLanguage(), hits, table.selectedAll()));
        }
    }

    private void autocodeSpeaker() {
        run(new AutocodeSpeakerDialog(table.control().getShell(), store, codeLanguage()));
    }

    /** One dialog, one command: Edit > Undo takes every coding it made back in one step. */
    private void run(AutocodeDialog dialog) {
        if (dialog.open() != Window.OK || dialog.request() == null) {
            return;
        }
        AutocodeRequest request = dialog.request();
        AutocodeCommand command = new AutocodeCommand(store, request.codePath(), request.spans());
        try {
            if (workbench.commands().run(command)) {
                String done = command.codingCount() == 1 ? Messages.Search_autocodedOne : Messages.Search_autocoded;
                String created = command.createdCodes() ? " " + NLS.bind(Messages.Search_autocodedNewCode, request.codePath()) : "";
                controls.showInfo(NLS.bind(done, command.codingCount(), request.codePath()) + created);
            }
        } catch (IllegalArgumentException e) {
            // the code became a group or ambiguous after the dialog checked it
            controls.showProblem(e.getMessage());
        }
    }

    private Language codeLanguage() {
        return store.read(project -> CodebookLanguage.get(project.getLanguage()));
    }

    private static ResultsPane.Placed placed(Hit hit) {
        return new ResultsPane.Placed(hit.context() == null ? hit.text() : hit.context(), hit.startInContext(), hit.characters());
    }

    /** The hits shown, one row each with its context. */
    @Override
    public ExportSource exportSource() {
        SearchQuery query = shownQuery;
        List<Hit> hits = table.shown();
        if (query == null || hits.isEmpty()) {
            return null;
        }
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("export", "search");
        asked.put("text", query.text());
        asked.put("mode", String.valueOf(query.mode()));
        asked.put("wholeWord", String.valueOf(query.wholeWord()));
        asked.put("caseSensitive", String.valueOf(query.caseSensitive()));
        asked.put("scope", String.valueOf(query.scope()));
        asked.put("where", query.where() == null ? "" : query.where());
        return ExportSources.hits(query.text(), hits, asked, replay(query));
    }

    /** The same search as the command line's export asks for it, with the view's context around each hit. */
    private static ExportArguments replay(SearchQuery query) {
        ExportArguments arguments = ExportArguments.of(ExportArguments.SEARCH).option(ExportArguments.TEXT, query.text())
                .flag(ExportArguments.REGEX, query.mode() == SearchSpec.Mode.REGEX)
                .flag(ExportArguments.ANY_WORD, query.mode() == SearchSpec.Mode.WORDS && query.text().strip().contains(" "))
                .flag(ExportArguments.WHOLE_WORD, query.wholeWord()).flag(ExportArguments.CASE_SENSITIVE, query.caseSensitive())
                .context(ContextSpec.characters(SearchQuery.CONTEXT_CHARACTERS));
        return switch (query.scope()) {
            case ALL -> arguments;
            case SELECTED_DOCUMENTS -> arguments.option(ExportArguments.DOCUMENTS,
                    String.join(",", query.selectedDocuments().stream().map(Document::getName).toList()));
            case CONDITION -> arguments.option(ExportArguments.WHERE, query.where());
        };
    }

    public RowTable<Hit> table() {
        return table;
    }

    public void setFocus() {
        controls.setFocus();
    }
}
