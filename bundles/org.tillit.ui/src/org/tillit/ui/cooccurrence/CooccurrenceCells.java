package org.tillit.ui.cooccurrence;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.osgi.util.NLS;
import org.tillit.charts.ShortCodePaths;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.CooccurrenceMatrix;

/**
 * The matrix's cells as NatTable reads them: the number of segment pairs, with their documents if
 * asked ("12 (5 doc.)"), a dash on the diagonal (a code with itself is not counted), and a label
 * per cell that the table's style turns into shading: the larger the count, the darker.
 */
final class CooccurrenceCells implements IDataProvider, IConfigLabelAccumulator {

    static final String DIAGONAL = "cooccurrence.diagonal";
    /** Shade labels from the lightest (a count above zero) to the darkest (the largest count). */
    static final List<String> SHADES = List.of("cooccurrence.shade1", "cooccurrence.shade2", "cooccurrence.shade3",
            "cooccurrence.shade4");
    static final String DASH = "–";

    private CooccurrenceMatrix matrix;
    private List<String> shortPaths = List.of();
    private boolean showDocuments = true;
    private int largest;

    void show(CooccurrenceMatrix shown, boolean documents) {
        matrix = shown;
        showDocuments = documents;
        shortPaths = ShortCodePaths.of(codes().stream().map(ComparisonMatrix.Row::codePath).toList());
        largest = 0;
        for (int r = 0; r < size(); r++) {
            for (int c = 0; c < size(); c++) {
                largest = Math.max(largest, r == c ? 0 : shown.pairs(r, c));
            }
        }
    }

    CooccurrenceMatrix matrix() {
        return matrix;
    }

    List<ComparisonMatrix.Row> codes() {
        return matrix == null ? List.of() : matrix.codes();
    }

    /** The codes' paths shortened as a chart shortens them, for the narrow column headers. */
    List<String> shortPaths() {
        return shortPaths;
    }

    int size() {
        return codes().size();
    }

    @Override
    public Object getDataValue(int column, int row) {
        if (row == column) {
            return DASH;
        }
        int pairs = matrix.pairs(row, column);
        return showDocuments && pairs > 0 ? NLS.bind(Messages.Cooccurrence_cell, pairs, matrix.documents(row, column))
                : String.valueOf(pairs);
    }

    @Override
    public void setDataValue(int column, int row, Object newValue) {
        throw new UnsupportedOperationException(); // counts are computed, not edited
    }

    @Override
    public int getColumnCount() {
        return size();
    }

    @Override
    public int getRowCount() {
        return size();
    }

    @Override
    public void accumulateConfigLabels(LabelStack labels, int column, int row) {
        if (matrix == null || row >= size() || column >= size()) {
            return;
        }
        if (row == column) {
            labels.addLabel(DIAGONAL);
            return;
        }
        int pairs = matrix.pairs(row, column);
        if (pairs > 0) {
            int shade = (int) Math.ceil((double) pairs * SHADES.size() / largest) - 1;
            labels.addLabel(SHADES.get(Math.max(0, Math.min(SHADES.size() - 1, shade))));
        }
    }
}
