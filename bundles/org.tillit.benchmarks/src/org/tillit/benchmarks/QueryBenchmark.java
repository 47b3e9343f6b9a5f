package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Project;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.Cell;
import org.tillit.query.CoderAgreement;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.ContextSpec;
import org.tillit.query.Cooccurrence;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.query.Grouping;
import org.tillit.query.Retrieval;
import org.tillit.query.SearchSpec;
import org.tillit.query.SegmentFilter;
import org.tillit.query.TextSearch;
import org.tillit.store.ProjectStore;

/**
 * The query layer's targets (issue 10) on the benchmark project: the code x role comparison
 * matrix (segments, documents and cases per cell) beside one hand-written SQL GROUP BY over the
 * same tables in the same run, retrieval of about 10,000 segments with their turn as context,
 * co-occurrence of every code with every code, and a text search over all 5,000,000 characters.
 * The matrix and the SQL must count the same segments, documents and cases in every cell.
 */
final class QueryBenchmark {

    private static final int WARMUP = 3;
    private static final int MEASURED = 15;

    private final ProjectStore store;
    private final Path folder;
    /** Makes each SQL run's parameters differ, so that H2 cannot reuse the previous result. */
    private int run;

    QueryBenchmark(ProjectStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    void measure(Figures figures) throws Exception {
        comparison(figures, QueryStrategyBenchmark.role(store));
        retrieval(figures);
        List<Code> all = store.read(p -> CodeTree.allCodes(p.getCodebook()));
        int[] pairs = new int[1];
        figures.timed("co-occurrence: every code x every code, overlapping", Figures.Samples.of(WARMUP, MEASURED, () -> {
            long t = System.nanoTime();
            var matrix = Cooccurrence.compute(store, Cooccurrence.Spec.of(List.of(), Cooccurrence.Proximity.OVERLAP));
            pairs[0] = total(matrix, all.size());
            return System.nanoTime() - t;
        }), String.format(Locale.ROOT, "; %d x %d codes, %,d pairs", all.size(), all.size(), pairs[0] / 2), 1000);
        int[] hits = new int[1];
        figures.timed("text search: whole word 'förtroende', all documents", Figures.Samples.of(WARMUP, MEASURED, () -> {
            long t = System.nanoTime();
            hits[0] = TextSearch.search(store, SearchSpec.of("förtroende").wholeWord(true)).size();
            return System.nanoTime() - t;
        }), String.format(Locale.ROOT, "; %,d hits with 40 characters of context", hits[0]), 500);
        agreement(figures);
    }

    /** Issue 13: the two coders with the most codings, every code they used and overall, all documents. */
    private void agreement(Figures figures) throws Exception {
        List<Coder> coders = store.read(p -> p.getCoders().stream()
                .sorted(Comparator.comparingLong((Coder c) -> codingsBy(p, c)).reversed()).limit(2).toList());
        long codings = store.read(p -> codingsBy(p, coders.get(0)) + codingsBy(p, coders.get(1)));
        int[] rows = new int[1];
        double[] kappa = new double[1];
        figures.timed("agreement: two coders, every code and overall (kappa, alpha)", Figures.Samples.of(WARMUP, MEASURED,
                () -> {
                    long t = System.nanoTime();
                    List<CoderAgreement.Row> result = CoderAgreement.compute(store,
                            new CoderAgreement.Spec(coders, List.of(), List.of(), null));
                    rows[0] = result.size();
                    kappa[0] = result.get(result.size() - 1).kappa();
                    return System.nanoTime() - t;
                }), String.format(Locale.ROOT, "; %,d codings of the two, %d rows, overall kappa %.3f", codings, rows[0],
                        kappa[0]), 2000);
    }

    private static long codingsBy(Project project, Coder coder) {
        return project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).filter(c -> c.getCoder() == coder)
                .count();
    }

    private void comparison(Figures figures, AttributeDefinition role) throws Exception {
        ComparisonSpec spec = ComparisonSpec.of(Grouping.byAttribute(role));
        ComparisonMatrix[] matrix = new ComparisonMatrix[1];
        Figures.Samples memory = Figures.Samples.of(WARMUP, MEASURED, () -> {
            long t = System.nanoTime();
            matrix[0] = Comparison.compute(store, spec);
            return System.nanoTime() - t;
        });
        Map<String, List<Integer>> sql = new HashMap<>();
        Figures.Samples inSql;
        try (Connection db = QueryStrategyBenchmark.connect(folder)) {
            inSql = Figures.Samples.of(WARMUP, MEASURED, () -> {
                long t = System.nanoTime();
                sql.clear();
                sql.putAll(matrixInSql(db, role, --run));
                return System.nanoTime() - t;
            });
        }
        ComparisonMatrix m = matrix[0];
        assertEquals(cells(m), sql, "the matrix and SQL count the same segments, documents and cases");
        figures.timed("comparison: every code x role, segments, documents, cases per cell", memory,
                String.format(Locale.ROOT, "; %d x %d cells", m.rows().size(), m.columns().size()), 200);
        figures.timed("comparison: the same as one SQL GROUP BY (H2)", inSql, "; " + sql.size() + " non-empty cells",
                Double.NaN);
        figures.single("comparison: in memory / SQL (medians)", "x", memory.medianMs() / inSql.medianMs(), 1.5);
    }

    private void retrieval(Figures figures) throws Exception {
        List<Code> codes = aboutTenThousand();
        int[] segments = new int[1];
        figures.timed("retrieval: segments with their turn as context", Figures.Samples.of(WARMUP, MEASURED, () -> {
            long t = System.nanoTime();
            segments[0] = Retrieval.segments(store, new SegmentFilter().codes(codes), ContextSpec.TURN).size();
            return System.nanoTime() - t;
        }), String.format(Locale.ROOT, "; %,d segments of %d codes", segments[0], codes.size()), 300);
    }

    /** Codes, the most used first, whose codings add up to 10,000 or a little more. */
    private List<Code> aboutTenThousand() {
        List<Code> byUse = store.read(p -> CodeTree.allCodes(p.getCodebook())).stream()
                .sorted(Comparator.comparingInt(store::codingCount).reversed()).toList();
        List<Code> chosen = new ArrayList<>();
        int total = 0;
        for (Code code : byUse) {
            int n = store.codingCount(code);
            if (total >= 10_000) {
                break;
            }
            if (n > 0 && total + n <= 10_500) {
                chosen.add(code);
                total += n;
            }
        }
        return chosen;
    }

    private static int total(CooccurrenceMatrix matrix, int n) {
        int sum = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                sum += matrix.pairs(r, c);
            }
        }
        return sum;
    }

    /** Non-empty cells as "code guid|group" to segments, documents, cases. */
    private static Map<String, List<Integer>> cells(ComparisonMatrix matrix) {
        Map<String, List<Integer>> cells = new HashMap<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int g = 0; g < matrix.columns().size(); g++) {
                Cell cell = matrix.cell(r, g);
                if (cell.segments() > 0) {
                    cells.put(matrix.rows().get(r).codeGuid() + "|" + matrix.columns().get(g).label(),
                            List.of(cell.segments(), cell.documents(), cell.cases()));
                }
            }
        }
        return cells;
    }

    /** The hand-written SQL a store could answer the matrix with: one GROUP BY over codings, attributes and cases. */
    private static Map<String, List<Integer>> matrixInSql(Connection sql, AttributeDefinition role, int bound)
            throws SQLException {
        try (PreparedStatement ps = sql.prepareStatement("SELECT code_guid, g, COUNT(DISTINCT guid), "
                + "COUNT(DISTINCT document_guid), COUNT(DISTINCT case_guid) FROM (SELECT c.guid, c.code_guid, "
                + "c.document_guid, k.case_guid, " + QueryStrategyBenchmark.EFFECTIVE_ROLE + " g FROM coding c LEFT JOIN attribute_value dv "
                + "ON dv.owner_guid = c.document_guid AND dv.definition_guid = ? "
                + "JOIN case_document k ON k.document_guid = c.document_guid WHERE c.start_cp > ?) "
                + "WHERE g IS NOT NULL GROUP BY code_guid, g")) {
            ps.setObject(1, UUID.fromString(role.getGuid()));
            ps.setObject(2, UUID.fromString(role.getGuid()));
            ps.setInt(3, bound);
            Map<String, List<Integer>> cells = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.put(rs.getObject(1, UUID.class) + "|" + rs.getString(2),
                            List.of(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
            return cells;
        }
    }
}
