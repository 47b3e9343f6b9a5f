package org.tillit.ui.quotes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.tillit.export.ExportArguments;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.ContextSpec;
import org.tillit.query.Grouping;
import org.tillit.query.QuoteMatrix;
import org.tillit.query.Segment;
import org.tillit.query.Unit;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.comparison.GroupBy;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.LatestWork;

/**
 * The Quote matrix view's widgets: for the chosen code (and its sub-codes, as rows of their own or
 * rolled up) the quotes of each group side by side, each with its citation. Computed by the query
 * layer in a background job; codes without a quote in any group are left out.
 */
public final class QuoteMatrixView implements QueryView, Exportable {

    private final ProjectStore store;
    private final QuoteMatrixControls controls;
    private final QuoteGrid grid;
    private final LatestWork work;
    private Code code;

    /** What one question to the project returns: the quotes and the groups they fall into. */
    private record Answer(QuoteMatrix quotes, List<ComparisonMatrix.Column> groups, Asked asked) {
    }

    /** The question behind the quotes shown, enough to make their report: the groups, the codes with quotes. */
    private record Asked(Code code, GroupBy groups, Grouping grouping, List<Code> quotedCodes, boolean rolledUp) {
    }

    private Answer answered;

    public QuoteMatrixView(Composite parent, ProjectStore store, Consumer<Segment> onOpen) {
        this.store = store;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        controls = new QuoteMatrixControls(parent, this::refresh);
        grid = new QuoteGrid(parent, onOpen);
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        work = new LatestWork(grid.control(), false);
        grid.menu(ExportMenu.attach(grid.control(), store, ExportMenu.export(this::exportSource)));
        refresh();
    }

    /** Shows the quotes of this code; from the Codebook view's selection. */
    @Override
    public void choose(Code chosen) {
        code = chosen;
        refresh();
    }

    /** Asks again: the code, the grouping, the codings, the codebook or the attributes changed. */
    @Override
    public void refresh() {
        controls.offer(store.read(GroupBy::choices));
        boolean stillThere = code != null && store.read(p -> CodeTree.allCodes(p.getCodebook()).contains(code));
        if (!stillThere) {
            code = null;
        }
        controls.showCode(code == null ? null
                : store.read(p -> CodePaths.of(code, Language.fromTag(p.getLanguage()))));
        GroupBy groups = controls.chosen();
        Code shown = code;
        boolean rolledUp = controls.rolledUp();
        controls.showWorking();
        work.start(Messages.QuoteMatrix_job, monitor -> shown == null || groups == null ? nothing()
                : answer(shown, groups, rolledUp), new LatestWork.Delivery<>(this::show, this::failed));
    }

    private Answer answer(Code shown, GroupBy groups, boolean rolledUp) {
        record Question(Grouping grouping, List<Code> codes) {
        }
        Question asked = store.read(project -> {
            Grouping grouping = groups.grouping(project); // null when its attribute has gone
            return grouping == null ? null : new Question(grouping, rolledUp ? List.of(shown) : CodeTree.subtree(shown));
        });
        if (asked == null) {
            return nothing();
        }
        ComparisonMatrix matrix = Comparison.compute(store, ComparisonSpec.of(asked.grouping()).codes(asked.codes())
                .rollUp(rolledUp));
        List<String> quoted = matrix.withoutEmptyRows().rows().stream().map(ComparisonMatrix.Row::codeGuid).toList();
        List<Code> quotedCodes = asked.codes().stream().filter(c -> quoted.contains(c.getGuid())).toList();
        return new Answer(QuoteMatrix.of(matrix, quoted, ContextSpec.NONE), matrix.columns(),
                new Asked(shown, groups, asked.grouping(), quotedCodes, rolledUp));
    }

    private static Answer nothing() {
        return new Answer(new QuoteMatrix(List.of(), List.of()), List.of(), null);
    }

    private void show(Answer answer) {
        answered = answer;
        grid.show(answer.quotes(), answer.groups(), code == null ? Messages.QuoteMatrix_chooseCode
                : Messages.QuoteMatrix_nothingCoded);
        controls.showCount(answer.quotes().rows().stream().flatMap(r -> r.quotes().stream()).mapToInt(List::size).sum());
    }

    private void failed(String reason) {
        answered = null;
        grid.show(nothing().quotes(), List.of(), reason);
        controls.showCount(0);
    }

    /** The quote report of the codes and groups shown; its matrix is computed again in the export job. */
    @Override
    public ExportSource exportSource() {
        Asked asked = answered == null ? null : answered.asked();
        if (asked == null || asked.quotedCodes().isEmpty()) {
            return null;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("export", "quotes");
        query.put("by", QuoteMatrixControls.shown(asked.groups()));
        query.put("code", store.read(p -> CodePaths.of(asked.code(), Language.fromTag(p.getLanguage()))));
        query.put("rollUp", String.valueOf(asked.rolledUp()));
        ExportArguments replay = asked.groups().asked(ExportArguments.of(ExportArguments.QUOTES))
                .option(ExportArguments.CODE, query.get("code")).flag(ExportArguments.WITH_SUBCODES, asked.rolledUp())
                .flag(ExportArguments.ONLY_CODED, true);
        return ExportSources.quoteReport(store, ExportSources.quotesAsShown(QuoteMatrixControls.shown(asked.groups())),
                () -> Comparison.compute(store, ComparisonSpec.of(asked.grouping()).codes(asked.quotedCodes())
                        .rollUp(asked.rolledUp())), Unit.SEGMENTS, query, replay);
    }

    @Override
    public void setFocus() {
        grid.control().setFocus();
    }
}
