package org.tillit.store;

import java.util.Set;

import org.tillit.model.Document;

/**
 * What one committed unit of work changed, so that a view updates only what it shows: coding one
 * segment names one document in {@link #codedDocuments()} and nothing else.
 *
 * @param addedDocuments documents that came into the project
 * @param removedDocuments documents that left it
 * @param changedDocuments documents whose own fields changed (name, memo, text structure)
 * @param codedDocuments documents whose codings were added, removed or changed
 * @param codebook codes, their fields, their tree or the code sets changed
 * @param cases cases or which documents they hold changed
 * @param attributes attribute definitions or values changed
 * @param project the project's own fields or its coders changed
 */
public record ProjectChange(Set<Document> addedDocuments, Set<Document> removedDocuments,
        Set<Document> changedDocuments, Set<Document> codedDocuments, boolean codebook, boolean cases,
        boolean attributes, boolean project) {

    public ProjectChange {
        addedDocuments = Set.copyOf(addedDocuments);
        removedDocuments = Set.copyOf(removedDocuments);
        changedDocuments = Set.copyOf(changedDocuments);
        codedDocuments = Set.copyOf(codedDocuments);
    }

    /** Whether documents came or went. */
    public boolean documentList() {
        return !addedDocuments.isEmpty() || !removedDocuments.isEmpty();
    }

    public boolean isEmpty() {
        return !documentList() && changedDocuments.isEmpty() && codedDocuments.isEmpty() && !codebook && !cases
                && !attributes && !project;
    }
}
