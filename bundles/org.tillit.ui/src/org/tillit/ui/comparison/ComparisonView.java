package org.tillit.ui.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.tillit.export.ExportArguments;
import org.tillit.model.Code;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.ContextSpec;
import org.tillit.query.RespondentCheck;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.chart.ComparisonChart;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.results.ResultsPane;
import org.tillit.ui.retrieval.SegmentColumns;
import org.tillit.ui.widgets.CoderFilter;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The Comparison view's widgets: the controls, a line saying why the matrix is empty when it is, the
 * heat map and, below it, the quotes of the selected cell with the selected quote in its speaker
 * turn. The matrix is computed in a background job ({@link LatestWork}) whenever what it depends on changes;
 * the result shown, with its unit and measure, is {@link #result()}, and listeners hear of each new one.
 */
public final class ComparisonView implements QueryView, Exportable {

    private final ProjectStore store;
    private final ComparisonControls controls;
    private final Label message;
    private final ComparisonTable table;
    private final ComparisonChart chart;
    private final Label quotesTitle;
    private final ResultsPane<Segment> quotes;
    private final LatestWork work;
    private final List<Consumer<ComparisonResult>> listeners = new ArrayList<>();
    private ComparisonQuery computedFor;
    private ComparisonResult result;
    /** The cell whose quotes are shown, kept by code and group so it outlives a recomputed matrix. */
    private SelectedCell selected;

    private record SelectedCell(String codeGuid, String group) {
    }

    public ComparisonView(Composite parent, ProjectStore store, Consumer<Segment> onOpen) {
        this.store = store;
        QueryViewLayout.column(parent);
        controls = new ComparisonControls(parent, this::asked);
        message = WidgetIds.tag(new Label(parent, SWT.WRAP), WidgetIds.COMPARISON_MESSAGE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm split = QueryViewLayout.split(parent);
        CTabFolder views = WidgetIds.tag(new CTabFolder(split, SWT.BOTTOM | SWT.FLAT), WidgetIds.COMPARISON_TABS);
        table = new ComparisonTable(views, this::cellSelected);
        chart = new ComparisonChart(views);
        tab(views, Messages.View_tabTable, table.control());
        tab(views, Messages.View_tabChart, chart.control());
        views.setSelection(0);
        addListener(shown -> {
            if (shown != null) {
                chart.show(shown.matrix(), shown.unit(), shown.measure().percentages());
            }
        });
        Composite below = new Composite(split, SWT.NONE);
        GridLayout belowLayout = new GridLayout(1, false);
        belowLayout.marginWidth = 0;
        belowLayout.marginHeight = 0;
        below.setLayout(belowLayout);
        quotesTitle = new Label(below, SWT.NONE);
        quotesTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        quotesTitle.setText(Messages.View_chooseCell);
        quotes = new ResultsPane<>(below, new ResultsPane.Spec<>(WidgetIds.COMPARISON_SEGMENTS, WidgetIds.COMPARISON_CONTEXT,
                Segment::codingGuid, false), SegmentColumns::placed, onOpen);
        split.setWeights(55, 45);
        work = new LatestWork(table.control(), false);
        ExportMenu.attach(table.control(), store, ExportMenu.export(this::exportSource),
                ExportMenu.exportQuotes(this::exportQuotesSource));
        Runnable stopListening = RespondentCheckPreference.onChange(() -> parent.getDisplay().asyncExec(() -> {
            if (!parent.isDisposed()) {
                refresh();
            }
        }));
        parent.addDisposeListener(e -> {
            stopListening.run();
            work.drop();
        });
        refresh();
    }

    /** Offers the code selected in the Codebook view as the rows; recomputes if the rows follow it. */
    @Override
    public void choose(Code code) {
        String path = store.read(project -> CodePaths.of(code, Language.fromTag(project.getLanguage())));
        controls.code(code, path);
        if (controls.query().code() != null) {
            refresh();
        }
    }

    /** Computes the matrix again: the codings, the codebook, the attributes or the thresholds changed. */
    @Override
    public void refresh() {
        controls.groupings(store.read(GroupBy::choices));
        controls.offerCoders(store.read(CoderFilter::codersOf));
        ComparisonQuery query = controls.query();
        ComparisonSpec spec = query.spec(store, RespondentCheckPreference.check());
        if (spec == null) {
            work.drop();
            computed(query, null);
            return;
        }
        work.start(Messages.Job_name, monitor -> query.rows(Comparison.compute(store, spec)),
                new LatestWork.Delivery<>(matrix -> computed(query, matrix), this::failed));
    }

    /** The comparison shown (null before the first is computed or when there are no groups). */
    public ComparisonResult result() {
        return result;
    }

    /** Hears of every new result: a new matrix, or the same shown in another unit or measure. */
    public void addListener(Consumer<ComparisonResult> listener) {
        listeners.add(listener);
    }

    /** The matrix shown: the long form, the counts and the cases' percentages. */
    @Override
    public ExportSource exportSource() {
        ComparisonResult shown = exportable();
        return shown == null ? null : ExportSources.comparison(computedFor.groupBy().label(), shown.matrix(), shown.unit(),
                asked("compare", shown), replay(ExportArguments.COMPARE, shown));
    }

    /** The quote report of the matrix shown: per code, per group, its quotes. */
    public ExportSource exportQuotesSource() {
        ComparisonResult shown = exportable();
        return shown == null ? null : ExportSources.quoteReport(store, ExportSources.quotesBy(computedFor.groupBy().label()),
                shown::matrix, shown.unit(), asked("quotes", shown), replay(ExportArguments.QUOTES, shown));
    }

    private ComparisonResult exportable() {
        ComparisonResult shown = result;
        return shown == null || computedFor == null || shown.matrix().rows().isEmpty() || shown.matrix().columns().isEmpty()
                ? null : shown;
    }

    /** The question as the command line's export records it, in readable fields. */
    private Map<String, String> asked(String kind, ComparisonResult shown) {
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("export", kind);
        asked.put("by", computedFor.groupBy().label());
        asked.put("code", computedFor.code() == null ? "*"
                : store.read(project -> CodePaths.of(computedFor.code(), Language.fromTag(project.getLanguage()))));
        asked.put("rollUp", String.valueOf(computedFor.rollUp()));
        asked.put("coder", computedFor.coder() == null ? "*" : computedFor.coder());
        asked.put("unit", shown.unit().name());
        asked.put("measure", shown.measure().label());
        asked.put("respondentCheck", String.valueOf(RespondentCheckPreference.check()));
        return asked;
    }

    /** The same comparison as the command line asks for it, thresholds of the respondent check included. */
    private ExportArguments replay(String kind, ComparisonResult shown) {
        RespondentCheck check = RespondentCheckPreference.check();
        ExportArguments arguments = computedFor.groupBy().asked(ExportArguments.of(kind))
                .option(ExportArguments.CODE, computedFor.code() == null ? null
                        : store.read(project -> CodePaths.of(computedFor.code(), Language.fromTag(project.getLanguage()))))
                .flag(ExportArguments.WITH_SUBCODES, computedFor.rollUp()).flag(ExportArguments.ONLY_CODED, computedFor.onlyCoded())
                .option(ExportArguments.CODER, computedFor.coder())
                .option(ExportArguments.MAX_CASE_SHARE, String.valueOf(Math.round(check.maxCaseShare() * 1000) / 10.0))
                .option(ExportArguments.MIN_CASES, String.valueOf(check.minCases()));
        return arguments.option(ExportArguments.CHART_UNIT, shown.unit().name().toLowerCase(Locale.ROOT));
    }

    public ComparisonTable table() {
        return table;
    }

    public ComparisonChart chart() {
        return chart;
    }

    private static void tab(CTabFolder views, String label, Control shown) {
        CTabItem item = new CTabItem(views, SWT.NONE);
        item.setText(label);
        item.setControl(shown);
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    private void asked(ComparisonQuery query) {
        if (result != null && query.sameMatrix(computedFor)) {
            show(new ComparisonResult(result.matrix(), query.unit(), query.measure()));
        } else {
            refresh();
        }
    }

    private void computed(ComparisonQuery query, ComparisonMatrix matrix) {
        if (table.control().isDisposed()) {
            return;
        }
        computedFor = query;
        ComparisonQuery now = controls.query();
        show(matrix == null ? null : new ComparisonResult(matrix, now.unit(), now.measure()));
        explain(matrix);
        int row = matrix == null || selected == null ? -1 : matrix.rowOf(selected.codeGuid());
        int column = matrix == null || selected == null ? -1 : columnOf(matrix, selected.group());
        if (row >= 0 && column >= 0) {
            table.select(row, column); // the same code and group as before: its quotes as they are now
        } else {
            selected = null;
            quotes.show(List.of(), SegmentColumns.of(store));
            quotesTitle.setText(Messages.View_chooseCell);
        }
    }

    private static int columnOf(ComparisonMatrix matrix, String group) {
        for (int c = 0; c < matrix.columns().size(); c++) {
            if (matrix.columns().get(c).label().equals(group)) {
                return c;
            }
        }
        return -1;
    }

    private void show(ComparisonResult shown) {
        result = shown;
        table.show(shown);
        listeners.forEach(l -> l.accept(shown));
    }

    /** Says why the matrix is empty, or that grouping needs attributes; nothing when all is well. */
    private void explain(ComparisonMatrix matrix) {
        List<String> notes = new ArrayList<>();
        boolean attributes = store.read(p -> !p.getAttributeDefinitions().isEmpty());
        boolean codings = store.read(p -> p.getDocuments().stream().anyMatch(d -> !d.getCodings().isEmpty()));
        if (!attributes) {
            notes.add(Messages.View_noAttributes);
        }
        if (!codings) {
            notes.add(Messages.View_noCodings);
        }
        if (matrix == null || matrix.columns().isEmpty()) {
            notes.add(Messages.View_noGroups);
        }
        message.setText(String.join(" ", notes));
        ((GridData) message.getLayoutData()).exclude = notes.isEmpty();
        message.setVisible(!notes.isEmpty());
        message.getParent().layout();
    }

    private void cellSelected(int row, int column) {
        if (result == null) {
            return;
        }
        ComparisonMatrix matrix = result.matrix();
        selected = new SelectedCell(matrix.rows().get(row).codeGuid(), matrix.columns().get(column).label());
        List<Segment> segments = matrix.segments(row, column, ContextSpec.TURN);
        quotes.show(segments, SegmentColumns.of(store));
        quotesTitle.setText(NLS.bind(segments.size() == 1 ? Messages.View_quotesOne : Messages.View_quotes,
                new Object[] { segments.size(), matrix.rows().get(row).codePath(), matrix.columns().get(column).label() }));
    }

    /** LatestWork has logged the failure with its stack trace; the view says it in a line. */
    private void failed(String reason) {
        message.setText(reason);
        ((GridData) message.getLayoutData()).exclude = false;
        message.setVisible(true);
        message.getParent().layout();
    }
}
