package org.tillit.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.text.TextPositions;
import org.tillit.query.agreement.CharacterTable;
import org.tillit.query.agreement.Spans;
import org.tillit.query.agreement.UnitizedAlpha;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * How far coders agree in their coding of the same documents, per code and overall, and per group
 * of documents when a grouping is given (managers' interviews beside employees'): percentage
 * agreement, Cohen's kappa and Scott's pi of the first two coders at character level, and
 * Krippendorff's unitized alpha of all of them. Read in one turn under the store's lock.
 */
public final class CoderAgreement {

    /** The label of the row over all codes, and of the group of all documents. */
    public static final String OVERALL = "overall";

    /** What to compare: the coders (two or more), the codes (empty: every code they used), the documents (empty: all). */
    public record Spec(List<Coder> coders, List<Code> codes, List<Document> documents, Grouping grouping) {

        public Spec {
            if (coders.size() < 2 || new LinkedHashSet<>(coders).size() != coders.size()) {
                throw new IllegalArgumentException("agreement needs two or more different coders");
            }
            coders = List.copyOf(coders);
            codes = List.copyOf(codes);
            documents = List.copyOf(documents);
        }
    }

    /** One code's (or all codes') agreement in one group: the first two coders' table and every coder's alpha. */
    public record Row(Code code, String group, CharacterTable table, UnitizedAlpha.Disagreement disagreement) {

        /** Null for the overall row. */
        public Code code() {
            return code;
        }

        public double agreement() {
            return table.agreement();
        }

        public double kappa() {
            return table.kappa();
        }

        public double alpha() {
            return disagreement.alpha();
        }
    }

    /**
     * A span one of two coders coded with the code and the other did not (code points, end
     * exclusive), with its lines as stored.
     */
    public record Disagreement(Document document, Code code, int start, int end, int startLine, int endLine,
            Coder codedBy, Coder notBy) {
    }

    /** The documents and codes a spec compares: those named, else every document and every code the coders used. */
    private record Compared(List<Document> documents, List<Code> codes) {

        static Compared of(Project project, Spec spec) {
            List<Document> documents = spec.documents().isEmpty() ? List.copyOf(project.getDocuments()) : spec.documents();
            List<Code> codes = spec.codes().isEmpty() ? usedCodes(project.getCodebook().getCodes(), documents, spec.coders())
                    : spec.codes();
            return new Compared(documents, codes);
        }
    }

    private CoderAgreement() {
    }

    /**
     * Where the first two coders disagree: each span one of them coded with a code and the other
     * did not, by document (project order), then code (codebook order), then position. Coding a
     * span differently shows as two spans, one per code.
     */
    public static List<Disagreement> disagreements(ProjectStore store, Spec spec) {
        return store.read(project -> {
            Compared compared = Compared.of(project, spec);
            List<Document> documents = compared.documents();
            List<Code> codes = compared.codes();
            Coder first = spec.coders().get(0);
            Coder second = spec.coders().get(1);
            Map<Code, List<List<Spans>>> spans = spans(documents, codes, List.of(first, second));
            List<Disagreement> found = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                Document document = documents.get(d);
                DocumentLayout layout = new DocumentLayout(document);
                for (Code code : codes) {
                    List<Spans> both = spans.get(code).get(d);
                    List<Disagreement> here = new ArrayList<>();
                    for (int[] range : both.get(0).minus(both.get(1))) {
                        here.add(new Disagreement(document, code, range[0], range[1], layout.line(range[0]),
                                layout.line(range[1] - 1), first, second));
                    }
                    for (int[] range : both.get(1).minus(both.get(0))) {
                        here.add(new Disagreement(document, code, range[0], range[1], layout.line(range[0]),
                                layout.line(range[1] - 1), second, first));
                    }
                    here.sort(Comparator.comparingInt(Disagreement::start));
                    found.addAll(here);
                }
            }
            return found;
        });
    }

    /** What each disagreement covers of its document's text; each document's text read once. */
    public static Map<Disagreement, String> texts(ProjectStore store, List<Disagreement> disagreements)
            throws ProjectStoreException {
        Map<Disagreement, String> texts = new IdentityHashMap<>();
        Map<Document, String> documents = new IdentityHashMap<>();
        for (Disagreement d : disagreements) {
            String text = documents.get(d.document());
            if (text == null) {
                text = store.text(d.document());
                documents.put(d.document(), text);
            }
            texts.put(d, TextPositions.substring(text, d.start(), d.end()));
        }
        return texts;
    }

    /**
     * The rows: per group (all documents first, then each group that has documents), each code in
     * codebook order, then the overall row.
     */
    public static List<Row> compute(ProjectStore store, Spec spec) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            Compared compared = Compared.of(project, spec);
            List<Document> documents = compared.documents();
            List<Code> codes = compared.codes();
            List<Row> rows = new ArrayList<>(rows(OVERALL, documents, codes, spec.coders()));
            if (spec.grouping() != null) {
                Set<Document> chosen = new LinkedHashSet<>(documents);
                for (Grouping.Members group : spec.grouping().groups(facts)) {
                    List<Document> inGroup = group.documents().stream().filter(chosen::contains).toList();
                    if (!inGroup.isEmpty()) { // an allowed value no document has: nothing to agree on
                        rows.addAll(rows(group.label(), inGroup, codes, spec.coders()));
                    }
                }
            }
            return rows;
        });
    }

    private static List<Row> rows(String group, List<Document> documents, List<Code> codes, List<Coder> coders) {
        long[] lengths = documents.stream().mapToLong(Document::getLength).toArray();
        Map<Code, List<List<Spans>>> spans = spans(documents, codes, coders);
        List<Row> rows = new ArrayList<>();
        CharacterTable allTable = CharacterTable.EMPTY;
        UnitizedAlpha.Disagreement allDisagreement = UnitizedAlpha.Disagreement.NONE;
        for (Code code : codes) {
            List<List<Spans>> ofCode = spans.get(code);
            CharacterTable table = CharacterTable.EMPTY;
            for (int d = 0; d < documents.size(); d++) {
                table = table.plus(CharacterTable.of(lengths[d], ofCode.get(d).get(0), ofCode.get(d).get(1)));
            }
            UnitizedAlpha.Disagreement disagreement = UnitizedAlpha.of(lengths, ofCode);
            rows.add(new Row(code, group, table, disagreement));
            allTable = allTable.plus(table);
            allDisagreement = allDisagreement.plus(disagreement);
        }
        rows.add(new Row(null, group, allTable, allDisagreement));
        return rows;
    }

    /** Per code, per document, per coder: the coder's spans of the code in the document. */
    private static Map<Code, List<List<Spans>>> spans(List<Document> documents, List<Code> codes, List<Coder> coders) {
        Map<Code, Integer> codeIndex = new HashMap<>();
        codes.forEach(code -> codeIndex.putIfAbsent(code, codeIndex.size()));
        Map<Coder, Integer> coderIndex = new HashMap<>();
        coders.forEach(coder -> coderIndex.put(coder, coderIndex.size()));
        Map<Code, List<List<Spans>>> spans = new HashMap<>();
        codes.forEach(code -> spans.put(code, new ArrayList<>()));
        for (Document document : documents) {
            List<List<List<int[]>>> ranges = new ArrayList<>();
            for (int c = 0; c < codeIndex.size(); c++) {
                List<List<int[]>> perCoder = new ArrayList<>();
                coders.forEach(coder -> perCoder.add(new ArrayList<>()));
                ranges.add(perCoder);
            }
            for (Coding coding : document.getCodings()) {
                Integer code = codeIndex.get(coding.getCode());
                Integer coder = coderIndex.get(coding.getCoder());
                if (code != null && coder != null) {
                    ranges.get(code).get(coder).add(new int[] { coding.getStart(), coding.getEnd() });
                }
            }
            for (Code code : codes) {
                spans.get(code).add(ranges.get(codeIndex.get(code)).stream().map(Spans::of).toList());
            }
        }
        return spans;
    }

    /** The codes, in codebook order, any of the coders used in the documents. */
    private static List<Code> usedCodes(List<Code> tops, List<Document> documents, List<Coder> coders) {
        Set<Code> used = new HashSet<>();
        Set<Coder> who = Set.copyOf(coders);
        for (Document document : documents) {
            for (Coding coding : document.getCodings()) {
                if (who.contains(coding.getCoder())) {
                    used.add(coding.getCode());
                }
            }
        }
        List<Code> inOrder = new ArrayList<>();
        for (Code top : tops) {
            CodeTree.subtree(top).stream().filter(used::contains).forEach(inOrder::add);
        }
        return inOrder;
    }
}
