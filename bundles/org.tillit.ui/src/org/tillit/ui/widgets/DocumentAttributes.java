package org.tillit.ui.widgets;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.attributes.EffectiveAttributes;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/**
 * The attributes the Documents view shows: those with a value on some document or its case, each
 * document with its own value, else that of its case. The values are gathered once per refresh,
 * not looked up for every painted cell.
 */
public final class DocumentAttributes {

    private DocumentAttributes() {
    }

    public static List<DocumentsTable.AttributeColumn> columns(ProjectStore store, Language language) {
        EffectiveAttributes values = EffectiveAttributes.of(store.project());
        List<DocumentsTable.AttributeColumn> columns = new ArrayList<>();
        for (AttributeDefinition definition : store.project().getAttributeDefinitions()) {
            if (values.isUsed(definition)) {
                columns.add(new DocumentsTable.AttributeColumn(Labels.name(definition, language),
                        d -> values.value(d, definition).map(v -> AttributeValues.shown(definition, v, language))
                                .orElse("")));
            }
        }
        return columns;
    }
}
