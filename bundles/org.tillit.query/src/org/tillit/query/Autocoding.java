package org.tillit.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/**
 * What autocoding codes: the hits of a search widened to their sentence, paragraph or turn, or
 * every turn of a speaker; ranges that overlap or touch after widening become one, so that one
 * paragraph with three hits is coded once.
 */
public final class Autocoding {

    private Autocoding() {
    }

    public static List<TextSpan> spans(ProjectStore store, List<Hit> hits, Extension extension) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            Map<String, Document> documents = new HashMap<>();
            project.getDocuments().forEach(d -> documents.put(d.getGuid(), d));
            List<TextSpan> spans = new ArrayList<>();
            for (Hit hit : hits) {
                Document document = documents.get(hit.documentGuid());
                if (document != null) {
                    int[] range = extension.widen(facts.text(document), facts.layout(document), hit.start(), hit.end());
                    spans.add(new TextSpan(document, range[0], range[1]));
                }
            }
            return merged(facts, spans);
        });
    }

    /** Every turn of the speaker (label compared without case), in document order. */
    public static List<TextSpan> turnsOf(ProjectStore store, String speaker) {
        String wanted = speaker.strip().toLowerCase(Locale.ROOT);
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            List<TextSpan> spans = new ArrayList<>();
            for (Document document : project.getDocuments()) {
                DocumentLayout layout = facts.layout(document);
                for (int t = 0; t < layout.turnCount(); t++) {
                    if (layout.speaker(t).strip().toLowerCase(Locale.ROOT).equals(wanted) && layout.turnEnd(t) > layout.turnStart(t)) {
                        spans.add(new TextSpan(document, layout.turnStart(t), layout.turnEnd(t)));
                    }
                }
            }
            return merged(facts, spans);
        });
    }

    /**
     * The speakers of the project's turns, as {@link #turnsOf} tells them apart (case ignored; each
     * named as first written), in alphabetical order, with how many turns each has.
     */
    public static SortedMap<String, Integer> speakers(ProjectStore store) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            SortedMap<String, Integer> turns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Document document : project.getDocuments()) {
                DocumentLayout layout = facts.layout(document);
                for (int t = 0; t < layout.turnCount(); t++) {
                    if (layout.turnEnd(t) > layout.turnStart(t)) {
                        turns.merge(layout.speaker(t).strip(), 1, Integer::sum);
                    }
                }
            }
            return Collections.unmodifiableSortedMap(turns);
        });
    }

    private static List<TextSpan> merged(ProjectFacts facts, List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.<TextSpan>comparingInt(s -> facts.position(s.document())).thenComparingInt(TextSpan::start));
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan span : sorted) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.document() == span.document() && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.document(), last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
