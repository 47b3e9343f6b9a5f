package org.tillit.ui.cooccurrence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.tillit.export.ExportArguments;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ContextSpec;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.query.Cooccurrence;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.QueryView;
import org.tillit.ui.export.ExportMenu;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.results.LatestWork;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The Co-occurrence view's widgets: the controls, the code x code matrix and, below it, the
 * segment pairs of the selected cell. Counting runs in a job off the UI thread (a codebook of a
 * hundred codes over many interviews takes a while); the newest request wins.
 */
public final class CooccurrenceView implements QueryView, Exportable {

    private final ProjectStore store;
    private final CooccurrenceControls controls;
    private final CooccurrenceTable matrix;
    private final PairTable pairs;
    private final LatestWork counting;
    private final LatestWork listing;
    /** The selected cell by its codes' guids, so it stays selected across a recount. */
    private String selectedRow;
    private String selectedColumn;
    /** The request whose matrix is shown. */
    private CooccurrenceRequest counted;

    public CooccurrenceView(Composite parent, ProjectStore store, Consumer<Segment> onOpen) {
        this.store = store;
        QueryViewLayout.column(parent);
        controls = new CooccurrenceControls(parent, request -> refresh());
        SashForm split = QueryViewLayout.split(parent);
        matrix = new CooccurrenceTable(split, this::cellSelected);
        pairs = new PairTable(split, onOpen);
        split.setWeights(60, 40);
        counting = new LatestWork(matrix.control(), false);
        listing = new LatestWork(matrix.control(), false);
        ExportMenu.attach(matrix.control(), store, ExportMenu.export(this::exportSource));
        refresh();
    }

    /** Counts for this code and its sub-codes when the view is set to the selected code; from the Codebook view. */
    @Override
    public void choose(Code code) {
        String path = store.read(project -> CodePaths.of(code, Language.fromTag(project.getLanguage())));
        controls.codes().choose(code, path);
        if (!controls.request().allCodes()) {
            refresh();
        }
    }

    /** Counts again: the request, the codings or the codebook changed. */
    @Override
    public void refresh() {
        controls.codes().keepOnlyIn(store.read(p -> CodeTree.allCodes(p.getCodebook())));
        CooccurrenceRequest request = controls.request();
        if (!request.complete()) {
            counting.drop();
            listing.drop();
            controls.status("");
            counted = null;
            matrix.show(null, request.showDocuments());
            pairs.clear();
            return;
        }
        controls.status(Messages.Cooccurrence_counting);
        counting.start(Messages.Cooccurrence_counting, monitor -> Cooccurrence.compute(store, store.read(p -> request.spec())),
                new LatestWork.Delivery<>(counted -> show(counted, request), this::failed));
    }

    private void show(CooccurrenceMatrix counted, CooccurrenceRequest request) {
        this.counted = request;
        matrix.show(counted, request.showDocuments());
        controls.status(NLS.bind(Messages.Cooccurrence_codes, counted.codes().size()));
        int row = indexOf(counted, selectedRow);
        int column = indexOf(counted, selectedColumn);
        if (row >= 0 && column >= 0) {
            matrix.selectionLayer().selectCell(column, row, false, false);
        } else {
            listing.drop();
            pairs.clear();
        }
    }

    private void cellSelected(int row, int column) {
        CooccurrenceMatrix counted = matrix.matrix();
        List<String> paths = counted.codes().stream().map(ComparisonMatrix.Row::codePath).toList();
        selectedRow = counted.codes().get(row).codeGuid();
        selectedColumn = counted.codes().get(column).codeGuid();
        if (row == column) {
            listing.drop();
            pairs.show(List.of(), paths.get(row), paths.get(column));
            return;
        }
        listing.start(Messages.Cooccurrence_counting, monitor -> counted.segmentPairs(row, column, ContextSpec.NONE),
                new LatestWork.Delivery<>(found -> pairs.show(found, paths.get(row), paths.get(column)), this::failed));
    }

    /** LatestWork has put the failure, with its stack trace, into the log. */
    private void failed(String reason) {
        controls.status(NLS.bind(Messages.Cooccurrence_failed, reason));
    }

    private static int indexOf(CooccurrenceMatrix counted, String guid) {
        for (int i = 0; guid != null && i < counted.codes().size(); i++) {
            if (counted.codes().get(i).codeGuid().equals(guid)) {
                return i;
            }
        }
        return -1;
    }

    /** The code x code table shown, with the pairs in long form. */
    @Override
    public ExportSource exportSource() {
        CooccurrenceMatrix shown = matrix.matrix();
        CooccurrenceRequest request = counted;
        if (shown == null || request == null || shown.codes().isEmpty()) {
            return null;
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("export", "cooccurrence");
        query.put("code", request.allCodes() || request.chosen() == null ? "*"
                : store.read(p -> CodePaths.of(request.chosen(), Language.fromTag(p.getLanguage()))));
        query.put("proximity", String.valueOf(request.proximity()));
        query.put("characters", String.valueOf(request.characters()));
        ExportArguments replay = ExportArguments.of(ExportArguments.COOCCURRENCE)
                .option(ExportArguments.CODE, "*".equals(query.get("code")) ? null : query.get("code"))
                .option(ExportArguments.PROXIMITY, request.proximity().name().toLowerCase(Locale.ROOT))
                .option(ExportArguments.CHARACTERS, request.proximity() == Proximity.WITHIN ? String.valueOf(request.characters()) : null);
        return ExportSources.cooccurrence(shown, query, replay);
    }

    public CooccurrenceTable matrix() {
        return matrix;
    }

    public PairTable pairs() {
        return pairs;
    }

    @Override
    public void setFocus() {
        matrix.control().setFocus();
    }
}
