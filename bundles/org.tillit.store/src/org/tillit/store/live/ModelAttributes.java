package org.tillit.store.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;

/** The model side of attribute values: what the store mirrors once the database has committed. */
public final class ModelAttributes {

    private ModelAttributes() {
    }

    /** The value as stored: stripped; blank means none. */
    public static String stored(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static List<AttributeValue> valuesOf(EObject owner) {
        if (owner instanceof Document document) {
            return document.getAttributeValues();
        }
        if (owner instanceof Case aCase) {
            return aCase.getAttributeValues();
        }
        throw new IllegalArgumentException("attributes belong to documents and cases, not to " + owner.eClass().getName());
    }

    /** Sets (or with null, removes) the owner's value of the definition. */
    public static void put(EObject owner, AttributeDefinition definition, String stored) {
        List<AttributeValue> values = valuesOf(owner);
        values.removeIf(v -> v.getDefinition() == definition);
        if (stored != null) {
            AttributeValue attributeValue = TillitFactory.eINSTANCE.createAttributeValue();
            attributeValue.setDefinition(definition);
            attributeValue.setValue(stored);
            values.add(attributeValue);
        }
    }

    /** Takes the definitions out of the project, and their values off every document and case. */
    public static void removeDefinitions(Project project, List<AttributeDefinition> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<EObject> owners = new ArrayList<>(project.getDocuments());
        owners.addAll(project.getCases());
        for (EObject owner : owners) {
            valuesOf(owner).removeIf(v -> removed.contains(v.getDefinition()));
        }
        project.getAttributeDefinitions().removeAll(removed);
    }
}
