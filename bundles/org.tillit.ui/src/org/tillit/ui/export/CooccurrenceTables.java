package org.tillit.ui.export;

import java.util.ArrayList;
import java.util.List;

import org.tillit.export.ExportTable;
import org.tillit.query.CooccurrenceMatrix;

/**
 * A co-occurrence matrix as export tables: a row per pair of codes (the long form R reads), then
 * the code x code matrix of pairs. The export core has no builder for it yet; when
 * {@code ResultTables.cooccurrence} arrives this adapter gives way to it.
 */
final class CooccurrenceTables {

    private CooccurrenceTables() {
    }

    static List<ExportTable> of(CooccurrenceMatrix matrix) {
        int size = matrix.codes().size();
        ExportTable pairs = new ExportTable(Messages.Cooccurrence_pairsTable, List.of(
                ExportTable.text(Messages.Cooccurrence_firstCode), ExportTable.text(Messages.Cooccurrence_secondCode),
                ExportTable.integer(Messages.Cooccurrence_pairs), ExportTable.integer(Messages.Cooccurrence_documents)));
        for (int r = 0; r < size; r++) {
            for (int c = r + 1; c < size; c++) {
                pairs.add(path(matrix, r), path(matrix, c), matrix.pairs(r, c), matrix.documents(r, c));
            }
        }
        List<ExportTable.Column> columns = new ArrayList<>(List.of(ExportTable.text(Messages.Cooccurrence_code)));
        for (int c = 0; c < size; c++) {
            columns.add(ExportTable.integer(path(matrix, c)));
        }
        ExportTable grid = new ExportTable(Messages.Cooccurrence_matrixTable, columns);
        for (int r = 0; r < size; r++) {
            List<Object> row = new ArrayList<>(List.of(path(matrix, r)));
            for (int c = 0; c < size; c++) {
                row.add(r == c ? null : (Object) matrix.pairs(r, c)); // a code does not co-occur with itself
            }
            grid.add(row.toArray());
        }
        return List.of(pairs, grid);
    }

    private static String path(CooccurrenceMatrix matrix, int index) {
        return matrix.codes().get(index).codePath();
    }
}
