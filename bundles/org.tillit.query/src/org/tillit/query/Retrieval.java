package org.tillit.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/**
 * Retrieval: the segments a {@link SegmentFilter} selects, in document order and by position, each
 * with its citation and the context asked for. Reads the loaded model under the store's lock
 * (codings through the store's index by code) and returns copies.
 */
public final class Retrieval {

    private Retrieval() {
    }

    public static List<Segment> segments(ProjectStore store, SegmentFilter filter, ContextSpec context) {
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            return codings(facts, filter).stream().map(c -> segment(facts, c, context)).toList();
        });
    }

    /** The codings the filter selects, in document order and by position. */
    static List<Coding> codings(ProjectFacts facts, SegmentFilter filter) {
        List<Code> codes = filter.selectedCodes();
        List<Coding> found = new ArrayList<>();
        if (codes.isEmpty()) {
            for (Document document : facts.project.getDocuments()) {
                if (filter.admits(document, facts)) {
                    document.getCodings().stream().filter(c -> filter.admits(c, facts)).forEach(found::add);
                }
            }
        } else {
            for (Code code : codes) {
                for (Coding coding : facts.store.codingsOf(code)) {
                    if (filter.admits(coding.getDocument(), facts) && filter.admits(coding, facts)) {
                        found.add(coding);
                    }
                }
            }
        }
        found.sort(Comparator.<Coding>comparingInt(c -> facts.position(c.getDocument())).thenComparingInt(Coding::getStart)
                .thenComparingInt(Coding::getEnd));
        return found;
    }

    static Segment segment(ProjectFacts facts, Coding coding, ContextSpec context) {
        Document document = coding.getDocument();
        DocumentLayout layout = facts.layout(document);
        IndexedText text = facts.text(document);
        int start = coding.getStart();
        int end = coding.getEnd();
        int[] around = context.around(layout, start, end);
        return new Segment(coding.getGuid(), document.getGuid(), document.getName(), facts.caseNames(document),
                facts.attributesOf(document), coding.getCode().getGuid(), facts.path(coding.getCode()),
                text.between(start, end), coding.getCoder() == null ? null : coding.getCoder().getName(),
                layout.speakerAt(start), start, end, layout.line(start), layout.line(Math.max(start, end - 1)),
                context.kind() == ContextSpec.Kind.NONE ? null : text.between(around[0], around[1]), around[0]);
    }
}
