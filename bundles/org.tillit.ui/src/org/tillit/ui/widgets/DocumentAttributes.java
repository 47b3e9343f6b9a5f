package org.tillit.ui.widgets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/**
 * The attributes the Documents view shows: those with a value on some document or its case. A
 * document shows its own value, else that of its case, since a sheet may describe either. The
 * values are gathered once per refresh, not looked up for every painted cell.
 */
public final class DocumentAttributes {

    private DocumentAttributes() {
    }

    public static List<DocumentsTable.AttributeColumn> columns(ProjectStore store, Language language) {
        Map<AttributeDefinition, Map<Document, String>> values = valuesByDefinition(store);
        List<DocumentsTable.AttributeColumn> columns = new ArrayList<>();
        for (AttributeDefinition definition : store.project().getAttributeDefinitions()) {
            Map<Document, String> byDocument = values.get(definition);
            if (byDocument != null) {
                columns.add(new DocumentsTable.AttributeColumn(name(definition, language),
                        d -> shown(definition, byDocument.getOrDefault(d, ""), language)));
            }
        }
        return columns;
    }

    /** Case values first, so that a document's own value then takes their place. */
    private static Map<AttributeDefinition, Map<Document, String>> valuesByDefinition(ProjectStore store) {
        Map<AttributeDefinition, Map<Document, String>> values = new HashMap<>();
        for (Case aCase : store.project().getCases()) {
            for (AttributeValue value : aCase.getAttributeValues()) {
                for (Document document : aCase.getDocuments()) {
                    values.computeIfAbsent(value.getDefinition(), d -> new HashMap<>()).putIfAbsent(document,
                            value.getValue());
                }
            }
        }
        for (Document document : store.documents()) {
            for (AttributeValue value : document.getAttributeValues()) {
                values.computeIfAbsent(value.getDefinition(), d -> new HashMap<>()).put(document, value.getValue());
            }
        }
        return values;
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
