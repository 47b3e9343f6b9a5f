package org.tillit.ui.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.tillit.export.ExportArguments;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.QueryException;
import org.tillit.query.Retrieval;
import org.tillit.query.Segment;
import org.tillit.query.SegmentFilter;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.codepicker.CodePickerDialog;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.Column;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.results.Messages;
import org.tillit.ui.results.ResultsPane;
import org.tillit.ui.results.RowTable;
import org.tillit.ui.widgets.CoderFilter;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The Retrieval view's widgets: the query row, the table of segments and, below it, the selected
 * segment in its context. The segments come from {@link Retrieval} in a background job (a query
 * of 50,000 segments must not freeze the window); a newer request supersedes an older one.
 */
public final class RetrievalView implements QueryView, Exportable {

    /** What one request found: the segments, the columns (attributes may have changed), whether its code is gone. */
    /** What one retrieval found; {@code badCondition} says why the condition was not understood (else null). */
    private record Retrieved(RetrievalQuery query, List<Segment> segments, List<Column<Segment>> columns, boolean codeGone,
            String badCondition) {
    }

    private final ProjectStore store;
    private final RetrievalControls controls;
    private final ResultsPane<Segment> results;
    private final RowTable<Segment> table;
    private final LatestWork work;
    /** The query whose segments are shown (null before the first). */
    private RetrievalQuery shownQuery;

    public RetrievalView(Composite parent, ProjectStore store, Consumer<Segment> onOpen) {
        this.store = store;
        QueryViewLayout.column(parent);
        controls = new RetrievalControls(parent, query -> refresh(), this::pickCode);
        results = new ResultsPane<>(parent, new ResultsPane.Spec<>(WidgetIds.RETRIEVAL_TABLE, WidgetIds.RETRIEVAL_CONTEXT,
                Segment::codingGuid, true), SegmentColumns::placed, onOpen);
        table = results.table();
        work = new LatestWork(table.control(), false);
        ExportMenu.attach(table.control(), store, ExportMenu.export(this::exportSource));
    }

    /** Retrieves the segments of this code: from the Codebook view's selection or the code picker. */
    @Override
    public void choose(Code code) {
        String path = store.read(project -> CodePaths.of(code, language(project.getLanguage())));
        controls.choose(code, path);
        refresh();
    }

    /** Asks for the segments again: the query, the codings, the codebook or the attributes changed. */
    @Override
    public void refresh() {
        controls.offerCoders(store.read(CoderFilter::codersOf));
        RetrievalQuery query = controls.query();
        controls.showRetrieving();
        work.start(Messages.Retrieval_job, monitor -> retrieve(query),
                new LatestWork.Delivery<>(this::show, controls::showFailure));
    }

    /** Off the UI thread: every store call takes the store's lock. */
    private Retrieved retrieve(RetrievalQuery query) {
        Code code = query.code();
        boolean stillThere = code != null && store.read(p -> CodeTree.allCodes(p.getCodebook()).contains(code));
        List<Column<Segment>> columns = SegmentColumns.of(store);
        SegmentFilter filter;
        try {
            filter = query.filter(store.read(p -> List.copyOf(p.getAttributeDefinitions())));
        } catch (QueryException e) {
            return new Retrieved(query, List.of(), columns, false, e.getMessage());
        }
        List<Segment> segments = stillThere ? Retrieval.segments(store, filter, query.context()) : List.of();
        return new Retrieved(query, segments, columns, code != null && !stillThere, null);
    }

    private void show(Retrieved retrieved) {
        if (retrieved.codeGone() && controls.chosen() == retrieved.query().code()) {
            controls.choose(null, null);
        }
        shownQuery = retrieved.query();
        results.show(retrieved.segments(), retrieved.columns());
        if (retrieved.badCondition() != null) {
            controls.showBadCondition(retrieved.badCondition());
        } else {
            controls.showCount(retrieved.segments().size());
        }
    }

    private void pickCode() {
        Shell shell = table.control().getShell();
        List<Code> codes = store.read(project -> CodeTree.allCodes(project.getCodebook()));
        Language shownIn = store.read(project -> CodebookLanguage.get(project.getLanguage()));
        CodePickerDialog dialog = new CodePickerDialog(shell, Messages.Retrieval_pickTitle, codes, shownIn, controls.chosen());
        if (dialog.open() == CodePickerDialog.OK && dialog.chosen() != null) {
            choose(dialog.chosen());
        }
    }

    /** The segments shown, or only those selected when several are. */
    @Override
    public ExportSource exportSource() {
        RetrievalQuery query = shownQuery;
        if (query == null || query.code() == null || table.shown().isEmpty()) {
            return null;
        }
        List<Segment> selected = table.selectedAll();
        boolean some = selected.size() > 1;
        String path = store.read(project -> CodePaths.of(query.code(), language(project.getLanguage())));
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("export", "segments");
        asked.put("code", path);
        asked.put("subcodes", String.valueOf(query.withSubcodes()));
        asked.put("textContains", query.textContains() == null ? "" : query.textContains());
        asked.put("coder", query.coder() == null ? "*" : query.coder());
        asked.put("respondentsOnly", String.valueOf(query.respondentsOnly()));
        asked.put("where", query.where() == null ? "" : query.where());
        asked.put("context", query.context().kind() + " " + query.context().characters());
        asked.put("rows", some ? "selected" : "all");
        ExportArguments replay = ExportArguments.of(ExportArguments.SEGMENTS).option(ExportArguments.CODE, path)
                .flag(ExportArguments.WITH_SUBCODES, query.withSubcodes()).option(ExportArguments.CONTAINS, query.textContains())
                .option(ExportArguments.CODER, query.coder()).flag(ExportArguments.RESPONDENTS_ONLY, query.respondentsOnly())
                .option(ExportArguments.WHERE, query.where()).context(query.context());
        return ExportSources.segments(store, path, some ? selected : table.shown(), some, asked, replay);
    }

    public RowTable<Segment> table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    private static Language language(String projectLanguage) {
        return Language.fromTag(projectLanguage);
    }
}
