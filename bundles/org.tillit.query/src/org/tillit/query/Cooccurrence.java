package org.tillit.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;

/**
 * Code x code co-occurrence: two codings of different codes in one document that overlap, share
 * a paragraph, share a speaker turn, or have at most n characters between them. One sweep per document
 * over its codings sorted by position; a cell's pairs are found again on request.
 */
public final class Cooccurrence {

    public enum Proximity {
        OVERLAP, PARAGRAPH, TURN, WITHIN
    }

    /** The codes (empty: every code), how near counts, n for WITHIN, and which documents take part. */
    public record Spec(List<Code> codes, Proximity proximity, int characters, Condition where) {
        public Spec {
            codes = List.copyOf(codes);
        }

        public static Spec of(List<Code> codes, Proximity proximity) {
            return new Spec(codes, proximity, 0, Condition.ALWAYS);
        }
    }

    private Cooccurrence() {
    }

    public static CooccurrenceMatrix compute(ProjectStore store, Spec spec) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            List<Code> codes = spec.codes().isEmpty() ? CodeTree.allCodes(project.getCodebook()) : spec.codes();
            int n = codes.size();
            int[][] pairs = new int[n][n];
            int[][] documents = new int[n][n];
            int[][] lastDocument = new int[n][n];
            int[] number = { 0 };
            sweep(facts, spec, codes, (a, b, ra, rb) -> {
                pairs[ra][rb]++;
                pairs[rb][ra]++;
                if (lastDocument[ra][rb] != number[0]) {
                    lastDocument[ra][rb] = lastDocument[rb][ra] = number[0];
                    documents[ra][rb]++;
                    documents[rb][ra]++;
                }
            }, () -> number[0]++);
            List<ComparisonMatrix.Row> rows = codes.stream()
                    .map(c -> new ComparisonMatrix.Row(c.getGuid(), facts.path(c))).toList();
            return new CooccurrenceMatrix(store, spec, List.copyOf(codes), rows, pairs, documents);
        });
    }

    /** The pairs of codings of two codes that co-occur, under the store's lock. */
    static List<Coding[]> pairs(ProjectFacts facts, Spec spec, Code a, Code b) {
        List<Coding[]> found = new ArrayList<>();
        sweep(facts, spec, List.of(a, b), (x, y, rx, ry) -> found.add(rx == 0 ? new Coding[] { x, y } : new Coding[] { y, x }),
                () -> { });
        return found;
    }

    interface PairSink {
        void pair(Coding a, Coding b, int rowA, int rowB);
    }

    private record Span(int low, int high, int row, Coding coding) {
    }

    private static void sweep(ProjectFacts facts, Spec spec, List<Code> codes, PairSink sink, Runnable nextDocument) {
        Map<Code, Integer> rowOf = new IdentityHashMap<>();
        for (int r = 0; r < codes.size(); r++) {
            rowOf.putIfAbsent(codes.get(r), r);
        }
        List<Span> spans = new ArrayList<>();
        List<Span> active = new ArrayList<>();
        for (Document document : facts.project.getDocuments()) {
            nextDocument.run();
            if (!facts.meets(document, spec.where())) {
                continue;
            }
            spans.clear();
            DocumentLayout layout = spec.proximity() == Proximity.PARAGRAPH || spec.proximity() == Proximity.TURN
                    ? facts.layout(document) : null;
            for (Coding coding : document.getCodings()) {
                Integer row = rowOf.get(coding.getCode());
                if (row != null) {
                    Span span = span(coding, row, spec, layout);
                    if (span != null) {
                        spans.add(span);
                    }
                }
            }
            spans.sort(Comparator.comparingInt(Span::low));
            active.clear();
            for (Span span : spans) {
                active.removeIf(a -> a.high() <= span.low());
                for (Span other : active) {
                    if (other.row() != span.row()) {
                        sink.pair(other.coding(), span.coding(), other.row(), span.row());
                    }
                }
                active.add(span);
            }
        }
    }

    /** The coding as an interval in which co-occurrence is overlap: of characters, paragraphs or turns. */
    private static Span span(Coding coding, int row, Spec spec, DocumentLayout layout) {
        int start = coding.getStart();
        int last = Math.max(start, coding.getEnd() - 1);
        return switch (spec.proximity()) {
            case OVERLAP -> new Span(start, Math.max(coding.getEnd(), start + 1), row, coding);
            // At most n characters between them: each reaches n + 1 beyond its end.
            case WITHIN -> new Span(start, Math.max(coding.getEnd(), start + 1) + spec.characters() + 1, row, coding);
            case PARAGRAPH -> new Span(layout.paragraph(start), layout.paragraph(last) + 1, row, coding);
            case TURN -> {
                int first = layout.turn(start);
                int end = layout.turn(last);
                yield first < 0 && end < 0 ? null
                        : new Span(first < 0 ? end : first, (end < 0 ? first : end) + 1, row, coding);
            }
        };
    }
}
