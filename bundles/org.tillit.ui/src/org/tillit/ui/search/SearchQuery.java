package org.tillit.ui.search;

import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.Document;
import org.tillit.query.ContextSpec;
import org.tillit.query.SearchSpec;
import org.tillit.query.WhereParser;
import org.tillit.store.ProjectStore;

/**
 * What the Search view asks for, read from its widgets on the UI thread: the text, how to match it,
 * and where to look (every document, those selected in the Documents view, or those meeting a
 * condition written as on the command line, {@code roll=Chef AND sektor=Hemtjänst}).
 */
public record SearchQuery(String text, SearchSpec.Mode mode, boolean wholeWord, boolean caseSensitive, Scope scope,
        List<Document> selectedDocuments, String where) {

    public enum Scope {
        ALL, SELECTED_DOCUMENTS, CONDITION
    }

    /** Characters of context on each side of a hit: enough for the columns before and after it. */
    static final int CONTEXT_CHARACTERS = 200;

    public SearchQuery {
        selectedDocuments = List.copyOf(selectedDocuments);
    }

    /**
     * The core's search; a condition that does not parse, like a bad regular expression later, is a
     * {@code QueryException} with its reason in the user's language.
     */
    public SearchSpec spec(ProjectStore store) {
        SearchSpec spec = SearchSpec.of(text).mode(mode).wholeWord(wholeWord).caseSensitive(caseSensitive)
                .context(ContextSpec.characters(CONTEXT_CHARACTERS));
        return switch (scope) {
            case ALL -> spec;
            case SELECTED_DOCUMENTS -> spec.in(selectedDocuments);
            case CONDITION -> {
                List<AttributeDefinition> definitions = store.read(p -> List.copyOf(p.getAttributeDefinitions()));
                yield spec.where(WhereParser.parse(where, definitions));
            }
        };
    }
}
