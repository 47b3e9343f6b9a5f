package org.tillit.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/**
 * The attributes the Documents view shows: those with a value on some document or its case. A
 * document shows its own value, else that of its case, since a sheet may describe either.
 */
public final class DocumentAttributes {

    private DocumentAttributes() {
    }

    public static List<DocumentsTable.AttributeColumn> columns(ProjectStore store, Language language) {
        List<DocumentsTable.AttributeColumn> columns = new ArrayList<>();
        List<Document> documents = store.documents();
        for (AttributeDefinition definition : store.project().getAttributeDefinitions()) {
            if (documents.stream().anyMatch(d -> valueOf(store, d, definition).isPresent())) {
                columns.add(new DocumentsTable.AttributeColumn(name(definition, language),
                        d -> valueOf(store, d, definition).map(v -> shown(definition, v, language)).orElse("")));
            }
        }
        return columns;
    }

    static Optional<String> valueOf(ProjectStore store, Document document, AttributeDefinition definition) {
        Optional<String> own = store.attribute(document, definition);
        if (own.isPresent()) {
            return own;
        }
        for (Case aCase : store.casesOf(document)) {
            Optional<String> ofCase = store.attribute(aCase, definition);
            if (ofCase.isPresent()) {
                return ofCase;
            }
        }
        return Optional.empty();
    }

    private static String name(AttributeDefinition definition, Language language) {
        String name = language == Language.EN ? definition.getNameEn() : definition.getNameSv();
        return name == null || name.isBlank() ? definition.getNameSv() : name;
    }

    /** Yes/no attributes are stored as true/false and read as words. */
    private static String shown(AttributeDefinition definition, String value, Language language) {
        if (definition.getType() == AttributeType.BOOLEAN) {
            return switch (value) {
                case "true" -> language == Language.SV ? "ja" : "yes";
                case "false" -> language == Language.SV ? "nej" : "no";
                default -> value;
            };
        }
        return value;
    }
}
