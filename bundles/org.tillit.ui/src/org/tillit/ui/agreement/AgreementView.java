package org.tillit.ui.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.tillit.export.ExportArguments;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.CoderAgreement;
import org.tillit.query.CoderAgreement.Disagreement;
import org.tillit.query.CoderAgreement.Row;
import org.tillit.query.Grouping;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.QueryView;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.Column;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.results.RowTable;
import org.tillit.ui.widgets.CodeScope;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The Agreement view's widgets: two coders and a grouping above, a row per code and group with
 * percentage agreement, Cohen's kappa, Scott's pi and Krippendorff's alpha, and below, where the
 * two disagree (a double-click opens the document there). Computed in a job off the UI thread.
 */
public final class AgreementView implements QueryView, Exportable {

    /** What one computation found: the rows, the disagreements with their texts, and how the view names codes. */
    private record Found(List<Row> rows, List<Disagreement> disagreements, Map<Disagreement, String> texts,
            Language language) {
    }

    /** Opens a document at a span; from the part, which knows the coding editors. */
    public interface Opener {
        void open(Document document, int start, int end);
    }

    private final ProjectStore store;
    private final AgreementControls controls;
    private final RowTable<Row> table;
    private final RowTable<Disagreement> disagreements;
    private final LatestWork computing;
    /** What is shown, with the choice it was computed for: what File > Export exports. */
    private Found shown;
    private List<Coder> shownCoders = List.of();
    private AttributeDefinition shownBy;
    /** The codes asked for; empty for every code either coder used. */
    private List<Code> shownCodes = List.of();

    public AgreementView(Composite parent, ProjectStore store, Opener opener) {
        this.store = store;
        QueryViewLayout.column(parent);
        controls = new AgreementControls(parent, this::refresh);
        SashForm split = QueryViewLayout.split(parent);
        table = new RowTable<>(split, WidgetIds.AGREEMENT_TABLE, row -> row.group() + "\u0000"
                + (row.code() == null ? "" : row.code().getGuid()), false, new RowTable.Reactions<>(row -> { }, row -> { }));
        disagreements = new RowTable<>(split, WidgetIds.AGREEMENT_DISAGREEMENTS,
                d -> d.document().getGuid() + d.code().getGuid() + d.start() + d.codedBy().getName(), false,
                new RowTable.Reactions<>(d -> { }, d -> opener.open(d.document(), d.start(), d.end())));
        split.setWeights(60, 40);
        computing = new LatestWork(table.control(), false);
        ExportMenu.attach(table.control(), store, ExportMenu.export(this::exportSource));
        refresh();
    }

    /** The code whose subtree is compared when the view is set to the selected code; from the Codebook view. */
    @Override
    public void choose(Code code) {
        controls.codes().choose(code, store.read(p -> CodePaths.of(code, Language.fromTag(p.getLanguage()))));
        if (!controls.codes().allCodes()) {
            refresh();
        }
    }

    /** Offers the coders and attributes there are, and computes for the ones chosen. */
    @Override
    public void refresh() {
        Language language = store.read(p -> Language.fromTag(p.getLanguage()));
        List<Coder> coders = store.read(p -> List.copyOf(p.getCoders()));
        List<AttributeDefinition> attributes = store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        controls.offer(coders, coders.stream().map(Coder::getName).toList(), attributes,
                attributes.stream().map(d -> Labels.name(d, language)).toList());
        List<Coder> chosen = controls.coders();
        if (chosen.isEmpty()) {
            computing.drop();
            controls.status(coders.size() < 2 ? Messages.Agreement_oneCoder : Messages.Agreement_chooseTwo);
            show(new Found(List.of(), List.of(), Map.of(), language));
            return;
        }
        CodeScope scope = controls.codes();
        scope.keepOnlyIn(store.read(p -> CodeTree.allCodes(p.getCodebook())));
        if (!scope.complete()) {
            computing.drop();
            controls.status("");
            show(new Found(List.of(), List.of(), Map.of(), language));
            return;
        }
        List<Code> codes = scope.allCodes() ? List.of() : store.read(p -> CodeTree.subtree(scope.chosen()));
        AttributeDefinition by = controls.grouping();
        CoderAgreement.Spec spec = new CoderAgreement.Spec(chosen, codes, List.of(),
                by == null ? null : Grouping.byAttribute(by));
        controls.status(Messages.Agreement_computing);
        computing.start(Messages.Agreement_computing, monitor -> {
            List<Disagreement> found = CoderAgreement.disagreements(store, spec);
            return new Found(CoderAgreement.compute(store, spec), found, texts(found), language);
        },
                new LatestWork.Delivery<>(found -> {
                    shownCoders = chosen;
                    shownBy = by;
                    shownCodes = codes;
                    show(found);
                }, reason -> controls.status(NLS.bind(Messages.Agreement_failed, reason))));
    }

    private void show(Found found) {
        shown = found.rows().isEmpty() ? null : found;
        table.show(found.rows(), List.of(
                Column.text(Messages.Agreement_code, 220, row -> row.code() == null ? Messages.Agreement_overall
                        : store.read(p -> CodePaths.of(row.code(), found.language()))),
                Column.text(Messages.Agreement_group, 140, row -> CoderAgreement.OVERALL.equals(row.group())
                        ? Messages.Agreement_allDocuments : row.group()),
                measure(Messages.Agreement_percent, row -> 100 * row.agreement(), "%.1f %%"),
                measure(Messages.Agreement_kappa, Row::kappa, "%.3f"),
                measure(Messages.Agreement_pi, row -> row.table().pi(), "%.3f"),
                measure(Messages.Agreement_alpha, Row::alpha, "%.3f"),
                new Column<Row>(Messages.Agreement_characters, 90, row -> String.format(Locale.ROOT, "%,d",
                        row.table().characters()), row -> row.table().characters()).rightAligned()));
        disagreements.show(found.disagreements(), List.of(
                Column.text(Messages.Agreement_document, 160, d -> d.document().getName()),
                Column.text(Messages.Agreement_code, 200, d -> store.read(p -> CodePaths.of(d.code(), found.language()))),
                new Column<Disagreement>(Messages.Agreement_lines, 70, d -> d.startLine() == d.endLine()
                        ? String.valueOf(d.startLine()) : d.startLine() + "–" + d.endLine(), Disagreement::startLine)
                                .rightAligned(),
                Column.text(Messages.Agreement_codedBy, 110, d -> d.codedBy().getName()),
                Column.text(Messages.Agreement_notBy, 110, d -> d.notBy().getName()),
                Column.text(Messages.Agreement_text, 400, d -> Column.oneLine(found.texts().getOrDefault(d, "")))));
        if (!controls.coders().isEmpty()) {
            controls.status(NLS.bind(Messages.Agreement_found, found.disagreements().size()));
        }
    }

    private Map<Disagreement, String> texts(List<Disagreement> found) {
        try {
            return CoderAgreement.texts(store, found);
        } catch (ProjectStoreException e) {
            throw new IllegalStateException(e.getMessage(), e); // LatestWork says it, and logs it
        }
    }

    /** A measure column: empty where the measure is undefined (nobody coded anything). */
    private static Column<Row> measure(String header, ToDoubleFunction<Row> value, String format) {
        return new Column<Row>(header, 80, row -> {
            double v = value.applyAsDouble(row);
            return Double.isNaN(v) ? "" : String.format(Locale.getDefault(), format, v);
        }, row -> {
            double v = value.applyAsDouble(row);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).rightAligned();
    }

    /** The table shown and its disagreements, for Word, Excel, CSV or Markdown; null when none is shown. */
    @Override
    public ExportSource exportSource() {
        Found found = shown;
        if (found == null || shownCoders.size() < 2) {
            return null;
        }
        String coders = String.join(",", shownCoders.stream().map(Coder::getName).toList());
        String by = shownBy == null ? null : Labels.name(shownBy, found.language());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("export", ExportArguments.AGREEMENT);
        query.put(ExportArguments.CODERS, coders);
        query.put(ExportArguments.BY, by == null ? "" : by);
        String codes = shownCodes.isEmpty() ? null : String.join(",", shownCodes.stream()
                .map(code -> store.read(p -> CodePaths.of(code, found.language()))).toList());
        query.put(ExportArguments.CODES, codes == null ? "" : codes);
        ExportArguments replay = ExportArguments.of(ExportArguments.AGREEMENT).option(ExportArguments.CODERS, coders)
                .option(ExportArguments.BY, by).option(ExportArguments.CODES, codes);
        return ExportSources.agreement(found.rows(), found.disagreements(),
                code -> store.read(p -> CodePaths.of(code, found.language())),
                d -> found.texts().getOrDefault(d, ""), query, replay);
    }

    public RowTable<Row> table() {
        return table;
    }

    public RowTable<Disagreement> disagreements() {
        return disagreements;
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }
}
