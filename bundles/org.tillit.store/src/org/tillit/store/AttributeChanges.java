package org.tillit.store;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;

/**
 * A batch of attribute changes the store applies in one transaction, so that a spreadsheet of
 * attributes lands whole or not at all: definitions added (at the end), values set or cleared,
 * then definitions removed together with their values.
 */
public record AttributeChanges(List<AttributeDefinition> addedDefinitions, List<Assignment> assignments,
        List<AttributeDefinition> removedDefinitions) {

    /** One value on a document or case; a null value clears it. */
    public record Assignment(EObject owner, AttributeDefinition definition, String value) {
    }

    public AttributeChanges {
        addedDefinitions = List.copyOf(addedDefinitions);
        assignments = List.copyOf(assignments);
        removedDefinitions = List.copyOf(removedDefinitions);
    }
}
