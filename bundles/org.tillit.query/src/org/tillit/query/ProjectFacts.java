package org.tillit.query;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.attributes.EffectiveAttributes;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.l10n.Messages;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * What one query needs to know about the project, gathered once while it holds the store's lock:
 * attributes (own value, else the case's), each document's layout and, on demand, its text.
 * Lives only inside {@code store.read}; results copy out what they show.
 */
final class ProjectFacts {

    final ProjectStore store;
    final Project project;
    final Language language;
    private final EffectiveAttributes attributes;
    private final Map<Document, Integer> positions = new IdentityHashMap<>();
    private final Map<Document, DocumentLayout> layouts = new IdentityHashMap<>();
    private final Map<Document, IndexedText> texts = new IdentityHashMap<>();
    // Many segments of a document or code share these: worked out once per query.
    private final Map<Document, Map<String, String>> shownAttributes = new IdentityHashMap<>();
    private final Map<Document, List<String>> caseNames = new IdentityHashMap<>();
    private final Map<Code, String> codePaths = new IdentityHashMap<>();

    ProjectFacts(ProjectStore store, Project project) {
        this.store = store;
        this.project = project;
        this.language = Language.fromTag(project.getLanguage());
        this.attributes = EffectiveAttributes.of(project);
        List<Document> documents = project.getDocuments();
        for (int i = 0; i < documents.size(); i++) {
            positions.put(documents.get(i), i);
        }
    }

    /** The document's place in the project (import order). */
    int position(Document document) {
        return positions.getOrDefault(document, Integer.MAX_VALUE);
    }

    DocumentLayout layout(Document document) {
        return layouts.computeIfAbsent(document, DocumentLayout::new);
    }

    IndexedText text(Document document) {
        IndexedText text = texts.get(document);
        if (text == null) {
            try {
                text = new IndexedText(store.text(document));
            } catch (ProjectStoreException e) {
                throw new QueryException(NLS.bind(Messages.ProjectFacts_textUnreadable, document.getName(), e.getMessage()), e);
            }
            texts.put(document, text);
        }
        return text;
    }

    String value(Document document, AttributeDefinition definition) {
        return attributes.value(document, definition).orElse(null);
    }

    boolean meets(Document document, Condition condition) {
        return condition == Condition.ALWAYS || condition.test(d -> attributes.value(document, d));
    }

    /** The document's attributes by name in the project's language, as shown to people. */
    Map<String, String> attributesOf(Document document) {
        return shownAttributes.computeIfAbsent(document, this::shownAttributes);
    }

    private Map<String, String> shownAttributes(Document document) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (AttributeDefinition definition : project.getAttributeDefinitions()) {
            attributes.value(document, definition).ifPresent(v -> shown.put(Labels.name(definition, language),
                    AttributeValues.shown(definition, v, language)));
        }
        return Collections.unmodifiableMap(shown);
    }

    List<Case> cases(Document document) {
        return store.casesOf(document);
    }

    List<String> caseNames(Document document) {
        return caseNames.computeIfAbsent(document, d -> cases(d).stream().map(Case::getName).toList());
    }

    /** The code's path of labels in the project's language. */
    String path(Code code) {
        return codePaths.computeIfAbsent(code, c -> CodePaths.of(c, language));
    }
}
