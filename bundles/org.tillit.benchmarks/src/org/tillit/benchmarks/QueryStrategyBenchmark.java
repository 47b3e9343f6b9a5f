package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.h2.Driver;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.store.ProjectStore;

/**
 * The figures behind the query decision (docs/architecture.md, "Queries"): the two questions the
 * retrieval and comparison views ask most, answered in memory over the loaded model with its index,
 * and in SQL by H2 on the same database.
 * <ul>
 * <li>retrieval: the segments of a code group (the code and its sub-codes) in the documents whose
 * role is "Chef/enhetschef" (a document's own value, else its case's);
 * <li>comparison: a code x role matrix of segment counts over every coding of the project.
 * </ul>
 * Both ways must give the same answer, which is checked. H2 would answer a repeated query from
 * its result cache, so each SQL run binds a different (always true) bound: every run is computed.
 */
final class QueryStrategyBenchmark {

    private static final String MANAGER = "Chef/enhetschef";

    private final ProjectStore store;
    private final Path folder;
    /** Makes each SQL run's parameters differ, so that H2 cannot reuse the previous result. */
    private int run;

    QueryStrategyBenchmark(ProjectStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** The preset attribute Roll (Role). */
    static AttributeDefinition role(ProjectStore store) {
        return store.read(p -> p.getAttributeDefinitions().stream().filter(d -> "Role".equals(d.getNameEn())).findFirst()
                .orElseThrow());
    }

    /** A JDBC connection of its own to the project's H2 file, beside the open store. */
    static Connection connect(Path folder) throws SQLException {
        return Driver.load().connect("jdbc:h2:file:" + folder.resolve("tillit") + ";IFEXISTS=TRUE", credentials());
    }

    void measure(Figures figures) throws Exception {
        AttributeDefinition role = role(store);
        Code group = store.read(p -> p.getCodebook().getCodes().stream().max((a, b) -> Integer.compare(
                codableCodes(a), codableCodes(b))).orElseThrow());
        List<Code> codes = store.read(p -> subtree(group));
        try (Connection sql = connect(folder)) {
            int[] inMemory = new int[1];
            figures.timed("query: segments of a code group for managers, in memory",
                    Figures.Samples.of(5, 30, () -> {
                        long t = System.nanoTime();
                        inMemory[0] = store.read(p -> segmentsInMemory(p, codes, role)).size();
                        return System.nanoTime() - t;
                    }), "; group '" + group.getLabelEn() + "', " + codes.size() + " codes", Double.NaN);
            int[] inSql = new int[1];
            figures.timed("query: the same in SQL (H2, joins on attribute values)", Figures.Samples.of(5, 30, () -> {
                long t = System.nanoTime();
                inSql[0] = segmentsInSql(sql, codes, role, --run);
                return System.nanoTime() - t;
            }), "; " + inSql[0] + " segments", Double.NaN);
            assertEquals(inMemory[0], inSql[0], "both ways find the same segments");

            List<Map<Code, Map<String, Integer>>> memoryMatrix = new ArrayList<>(List.of(Map.of()));
            figures.timed("matrix: code x role segment counts, in memory (one pass)", Figures.Samples.of(5, 30, () -> {
                long t = System.nanoTime();
                memoryMatrix.set(0, store.read(p -> matrixInMemory(p, role)));
                return System.nanoTime() - t;
            }), Double.NaN);
            Map<String, Integer> sqlMatrix = new HashMap<>();
            figures.timed("matrix: the same in SQL (GROUP BY)", Figures.Samples.of(5, 30, () -> {
                long t = System.nanoTime();
                sqlMatrix.clear();
                sqlMatrix.putAll(matrixInSql(sql, role, --run));
                return System.nanoTime() - t;
            }), "; " + sqlMatrix.size() + " cells", Double.NaN);
            assertEquals(cells(memoryMatrix.get(0)), sqlMatrix, "both ways count the same cells");
        }
    }

    private static int codableCodes(Code code) {
        int n = 0;
        for (Code each : subtree(code)) {
            n += each.isCodable() ? 1 : 0;
        }
        return n;
    }

    private static List<Code> subtree(Code code) {
        List<Code> all = new ArrayList<>();
        all.add(code);
        code.eAllContents().forEachRemaining(o -> all.add((Code) o));
        return all;
    }

    /** A document's role: its own value, else its case's (the rule the views follow). */
    private static Map<Document, String> roles(Project project, AttributeDefinition role) {
        Map<Document, String> roles = new IdentityHashMap<>();
        for (Case aCase : project.getCases()) {
            for (AttributeValue value : aCase.getAttributeValues()) {
                if (value.getDefinition() == role) {
                    aCase.getDocuments().forEach(d -> roles.putIfAbsent(d, value.getValue()));
                }
            }
        }
        for (Document document : project.getDocuments()) {
            for (AttributeValue value : document.getAttributeValues()) {
                if (value.getDefinition() == role) {
                    roles.put(document, value.getValue());
                }
            }
        }
        return roles;
    }

    private List<Coding> segmentsInMemory(Project project, List<Code> codes, AttributeDefinition role) {
        Map<Document, String> roles = roles(project, role);
        List<Coding> found = new ArrayList<>();
        for (Code code : codes) {
            for (Coding coding : store.codingsOf(code)) {
                if (MANAGER.equals(roles.get(coding.getDocument()))) {
                    found.add(coding);
                }
            }
        }
        return found;
    }

    /** A coding's role in SQL: its document's own value, else its case's (needs the role's guid twice). */
    static final String EFFECTIVE_ROLE = "COALESCE(dv.content, (SELECT MIN(cv.content) FROM case_document cd "
            + "JOIN attribute_value cv ON cv.owner_guid = cd.case_guid AND cv.definition_guid = ? "
            + "WHERE cd.document_guid = c.document_guid))";

    private static int segmentsInSql(Connection sql, List<Code> codes, AttributeDefinition role, int bound)
            throws SQLException {
        String in = String.join(",", codes.stream().map(c -> "?").toList());
        try (PreparedStatement ps = sql.prepareStatement("SELECT c.guid, c.start_cp, c.end_cp FROM coding c "
                + "LEFT JOIN attribute_value dv ON dv.owner_guid = c.document_guid AND dv.definition_guid = ? "
                + "WHERE c.code_guid IN (" + in + ") AND " + EFFECTIVE_ROLE + " = ? AND c.start_cp > ?")) {
            int i = 1;
            ps.setObject(i++, UUID.fromString(role.getGuid()));
            for (Code code : codes) {
                ps.setObject(i++, UUID.fromString(code.getGuid()));
            }
            ps.setObject(i++, UUID.fromString(role.getGuid()));
            ps.setString(i++, MANAGER);
            ps.setInt(i, bound);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    /** Counts per code and group, as a view would keep them: one pass, no keys built per coding. */
    private static Map<Code, Map<String, Integer>> matrixInMemory(Project project, AttributeDefinition role) {
        Map<Document, String> roles = roles(project, role);
        Map<Code, Map<String, Integer>> cells = new IdentityHashMap<>();
        for (Document document : project.getDocuments()) {
            String group = roles.getOrDefault(document, "");
            Map<Code, int[]> counts = new IdentityHashMap<>();
            for (Coding coding : document.getCodings()) {
                counts.computeIfAbsent(coding.getCode(), c -> new int[1])[0]++;
            }
            counts.forEach((code, n) -> cells.computeIfAbsent(code, c -> new HashMap<>()).merge(group, n[0], Integer::sum));
        }
        return cells;
    }

    private static Map<String, Integer> cells(Map<Code, Map<String, Integer>> matrix) {
        Map<String, Integer> cells = new HashMap<>();
        matrix.forEach((code, groups) -> groups.forEach((group, n) -> cells.put(code.getGuid() + "|" + group, n)));
        return cells;
    }

    private static Map<String, Integer> matrixInSql(Connection sql, AttributeDefinition role, int bound)
            throws SQLException {
        try (PreparedStatement ps = sql.prepareStatement("SELECT code_guid, g, COUNT(*) FROM (SELECT c.code_guid, "
                + "COALESCE(" + EFFECTIVE_ROLE + ", '') g FROM coding c LEFT JOIN attribute_value dv "
                + "ON dv.owner_guid = c.document_guid AND dv.definition_guid = ? WHERE c.start_cp > ?) "
                + "GROUP BY code_guid, g")) {
            ps.setObject(1, UUID.fromString(role.getGuid()));
            ps.setObject(2, UUID.fromString(role.getGuid()));
            ps.setInt(3, bound);
            Map<String, Integer> cells = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.put(rs.getObject(1, UUID.class) + "|" + rs.getString(2), rs.getInt(3));
                }
            }
            return cells;
        }
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "tillit");
        p.setProperty("password", "");
        return p;
    }
}
