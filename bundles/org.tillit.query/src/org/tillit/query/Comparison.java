package org.tillit.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.ComparisonMatrix.Column;
import org.tillit.query.ComparisonMatrix.Row;
import org.tillit.query.l10n.Messages;
import org.tillit.store.ProjectStore;

/**
 * The code x group matrix, counted in one pass over the loaded codings (never a question per
 * cell): for every cell its segments, documents, cases and characters, the share of the group's
 * cases, and the respondent check.
 */
public final class Comparison {

    private Comparison() {
    }

    public static ComparisonMatrix compute(ProjectStore store, ComparisonSpec spec) {
        return store.read(project -> compute(new ProjectFacts(store, project), spec));
    }

    static ComparisonMatrix compute(ProjectFacts facts, ComparisonSpec spec) {
        List<Code> codes = spec.codes().isEmpty() ? CodeTree.allCodes(facts.project.getCodebook()) : spec.codes();
        Map<Code, int[]> rowsOf = rowsOf(codes, spec.rollUp(), facts);
        List<Grouping.Members> groups = spec.grouping().groups(facts);
        Map<Document, List<Integer>> groupsOf = new IdentityHashMap<>();
        Map<Case, Integer> caseIndex = new IdentityHashMap<>();
        List<Case> caseList = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Document> members = groups.get(g).documents().stream().filter(d -> facts.meets(d, spec.where())).toList();
            Map<Case, Boolean> groupCases = new IdentityHashMap<>();
            for (Document document : members) {
                groupsOf.computeIfAbsent(document, d -> new ArrayList<>(1)).add(g);
                facts.cases(document).forEach(c -> groupCases.put(c, true));
            }
            columns.add(new Column(groups.get(g).label(), members.size(), groupCases.size()));
        }
        Tally[][] tallies = new Tally[codes.size()][groups.size()];
        int documentNumber = 0;
        for (Document document : facts.project.getDocuments()) {
            List<Integer> in = groupsOf.get(document);
            documentNumber++;
            if (in == null) {
                continue;
            }
            int[] cases = facts.cases(document).stream()
                    .mapToInt(c -> caseIndex.computeIfAbsent(c, k -> { caseList.add(k); return caseList.size() - 1; }))
                    .toArray();
            for (Coding coding : document.getCodings()) {
                int[] rows = rowsOf.get(coding.getCode());
                if (rows == null || !spec.counts(coding)) {
                    continue;
                }
                for (int r : rows) {
                    for (int g : in) {
                        Tally tally = tallies[r][g];
                        if (tally == null) {
                            tally = tallies[r][g] = new Tally();
                        }
                        tally.add(coding, documentNumber, cases);
                    }
                }
            }
        }
        List<Row> rows = codes.stream().map(c -> new Row(c.getGuid(), facts.path(c))).toList();
        Cell[][] cells = new Cell[codes.size()][groups.size()];
        List<List<List<Coding>>> codings = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            List<List<Coding>> rowCodings = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Tally t = tallies[r][g];
                cells[r][g] = t == null ? new Cell(0, 0, 0, 0, 0, null) : t.cell(columns.get(g), spec.check(), caseList);
                rowCodings.add(t == null ? List.of() : List.copyOf(t.codings));
            }
            codings.add(rowCodings);
        }
        return new ComparisonMatrix(facts.store, rows, columns, cells, codings);
    }

    /** For each code, the rows it counts in: its own, and with roll-up every ancestor's that is a row. */
    private static Map<Code, int[]> rowsOf(List<Code> codes, boolean rollUp, ProjectFacts facts) {
        Map<Code, Integer> rowOf = new IdentityHashMap<>();
        for (int r = 0; r < codes.size(); r++) {
            rowOf.putIfAbsent(codes.get(r), r);
        }
        Map<Code, int[]> rows = new IdentityHashMap<>();
        for (Code code : rollUp ? CodeTree.allCodes(facts.project.getCodebook()) : codes) {
            List<Integer> in = new ArrayList<>();
            for (Code c = code; c != null; c = rollUp ? c.getParent() : null) {
                Integer row = rowOf.get(c);
                if (row != null) {
                    in.add(row);
                }
            }
            if (!in.isEmpty()) {
                rows.put(code, in.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return rows;
    }

    /** What one cell has gathered so far. */
    private static final class Tally {
        final List<Coding> codings = new ArrayList<>();
        long characters;
        int documents;
        int lastDocument = -1;
        /** The cases of the document being counted and its segments in this cell so far. */
        int[] lastCases;
        int lastDocumentSegments;
        final Map<Integer, int[]> segmentsByCase = new HashMap<>();

        /** A document's codings reach a cell one after another, so cases are counted once per document. */
        void add(Coding coding, int documentNumber, int[] cases) {
            codings.add(coding);
            characters += coding.getEnd() - coding.getStart();
            if (documentNumber != lastDocument) {
                flushDocument();
                lastDocument = documentNumber;
                lastCases = cases;
                documents++;
            }
            lastDocumentSegments++;
        }

        private void flushDocument() {
            if (lastCases != null) {
                for (int c : lastCases) {
                    segmentsByCase.computeIfAbsent(c, k -> new int[1])[0] += lastDocumentSegments;
                }
            }
            lastDocumentSegments = 0;
        }

        Cell cell(Column column, RespondentCheck check, List<Case> caseList) {
            flushDocument();
            lastCases = null;
            int segments = codings.size();
            int cases = segmentsByCase.size();
            double percent = column.cases() == 0 ? 0 : 100.0 * cases / column.cases();
            return new Cell(segments, documents, cases, characters, percent, flag(check, caseList, segments, cases));
        }

        private String flag(RespondentCheck check, List<Case> caseList, int segments, int cases) {
            List<String> reasons = new ArrayList<>();
            int most = -1;
            int mostSegments = 0;
            for (Map.Entry<Integer, int[]> e : segmentsByCase.entrySet()) {
                if (e.getValue()[0] > mostSegments || e.getValue()[0] == mostSegments && e.getKey() < most) {
                    most = e.getKey();
                    mostSegments = e.getValue()[0];
                }
            }
            if (segments > 0 && mostSegments > check.maxCaseShare() * segments) {
                reasons.add(NLS.bind(Messages.Comparison_oneCase, caseList.get(most).getName(),
                        Math.round(100.0 * mostSegments / segments)));
            }
            if (segments > 0 && cases < check.minCases()) {
                reasons.add(NLS.bind(Messages.Comparison_fewCases, cases, check.minCases()));
            }
            return reasons.isEmpty() ? null : String.join("; ", reasons);
        }
    }
}
