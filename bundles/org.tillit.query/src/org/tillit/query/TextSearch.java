package org.tillit.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/** Searches the text of every document (or those asked for) and returns the hits in document order. */
public final class TextSearch {

    private TextSearch() {
    }

    public static List<Hit> search(ProjectStore store, SearchSpec spec) {
        return search(store, spec, new NullProgressMonitor());
    }

    /**
     * The same, reporting a unit of work per document; a cancel ends the search at the next document
     * with an {@link OperationCanceledException} (and the store's lock released).
     */
    public static List<Hit> search(ProjectStore store, SearchSpec spec, IProgressMonitor monitor) {
        Pattern pattern = spec.pattern();
        return store.read(project -> {
            ProjectFacts facts = new ProjectFacts(store, project);
            List<Hit> hits = new ArrayList<>();
            SubMonitor progress = SubMonitor.convert(monitor, project.getDocuments().size());
            for (Document document : project.getDocuments()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if ((spec.documents() == null || spec.documents().contains(document)) && facts.meets(document, spec.where())) {
                    search(facts, document, pattern, spec.context(), hits);
                }
                progress.worked(1);
            }
            return hits;
        });
    }

    private static void search(ProjectFacts facts, Document document, Pattern pattern, ContextSpec context, List<Hit> hits) {
        IndexedText text = facts.text(document);
        Matcher m = pattern.matcher(text.text());
        DocumentLayout layout = null;
        List<String> cases = null;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            if (layout == null) {
                layout = facts.layout(document);
                cases = facts.caseNames(document);
            }
            int start = text.codePoint(m.start());
            int end = text.codePoint(m.end());
            int[] around = context.around(layout, start, end);
            hits.add(new Hit(document.getGuid(), document.getName(), cases, start, end, layout.line(start),
                    layout.speakerAt(start), m.group(),
                    context.kind() == ContextSpec.Kind.NONE ? null : text.between(around[0], around[1]), around[0]));
        }
    }
}
