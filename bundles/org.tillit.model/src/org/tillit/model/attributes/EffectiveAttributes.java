package org.tillit.model.attributes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;

/**
 * A document's attribute is its own value, else that of its case: a sheet may describe either, and
 * a case's role or sector holds for every document of the case.
 */
public final class EffectiveAttributes {

    private final Map<Document, Map<AttributeDefinition, String>> values;

    private EffectiveAttributes(Map<Document, Map<AttributeDefinition, String>> values) {
        this.values = values;
    }

    /** Every document's attributes, gathered once (for a view that shows them all). */
    public static EffectiveAttributes of(Project project) {
        Map<Document, Map<AttributeDefinition, String>> values = new HashMap<>();
        // Case values first, so that a document's own value then takes their place.
        for (Case aCase : project.getCases()) {
            for (AttributeValue value : aCase.getAttributeValues()) {
                for (Document document : aCase.getDocuments()) {
                    values.computeIfAbsent(document, d -> new HashMap<>()).putIfAbsent(value.getDefinition(),
                            value.getValue());
                }
            }
        }
        for (Document document : project.getDocuments()) {
            for (AttributeValue value : document.getAttributeValues()) {
                values.computeIfAbsent(document, d -> new HashMap<>()).put(value.getDefinition(), value.getValue());
            }
        }
        return new EffectiveAttributes(values);
    }

    /** One document's value of one attribute. */
    public static Optional<String> of(Document document, AttributeDefinition definition) {
        Optional<String> own = valueIn(document.getAttributeValues(), definition);
        if (own.isPresent() || !(document.eContainer() instanceof Project project)) {
            return own;
        }
        for (Case aCase : project.getCases()) {
            if (aCase.getDocuments().contains(document)) {
                Optional<String> ofCase = valueIn(aCase.getAttributeValues(), definition);
                if (ofCase.isPresent()) {
                    return ofCase;
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(Document document, AttributeDefinition definition) {
        return Optional.ofNullable(values.getOrDefault(document, Map.of()).get(definition));
    }

    /** Whether some document has a value of the attribute (its own or its case's). */
    public boolean isUsed(AttributeDefinition definition) {
        return values.values().stream().anyMatch(byDefinition -> byDefinition.containsKey(definition));
    }

    private static Optional<String> valueIn(Iterable<AttributeValue> values, AttributeDefinition definition) {
        for (AttributeValue value : values) {
            if (value.getDefinition() == definition) {
                return Optional.ofNullable(value.getValue());
            }
        }
        return Optional.empty();
    }
}
