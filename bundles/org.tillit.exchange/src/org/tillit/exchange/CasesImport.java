package org.tillit.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tillit.exchange.reading.RefiRecords;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * The cases part of a REFI import, kept for its undo and redo: the file's new cases with their
 * documents, the cases the project had that the file's documents join, and the cases of their own
 * the store made for new documents, given up by those in a REFI case and kept by the others.
 */
final class CasesImport {

    private final List<Case> keptOwnCases = new ArrayList<>();
    private final List<Case> newCases = new ArrayList<>();
    /** Cases the project had that the file's documents join: their documents before and after. */
    private final Map<Case, List<Document>> documentsBefore = new LinkedHashMap<>();
    private final Map<Case, List<Document>> documentsAfter = new LinkedHashMap<>();

    /** The file's new cases, in the plan's order of added cases. */
    List<Case> newCases() {
        return newCases;
    }

    /**
     * New REFI cases hold their documents, and a case the project has already (matched by GUID or
     * name) is joined by the file's documents it lacks. A new document in a REFI case gives up the
     * case of its own the store made for it; one in none keeps it.
     *
     * @param documentOf the document each source GUID became or was matched with
     */
    void add(ProjectStore store, RefiImportPlan plan, Map<String, Document> documentOf, List<Document> addedDocuments)
            throws ProjectStoreException {
        Set<Document> inRefiCases = new HashSet<>();
        Set<String> taken = new HashSet<>(store.read(p -> p.getCases().stream().map(Case::getGuid).toList()));
        for (RefiRecords.Case refi : plan.addedCases) {
            Case aCase = TillitFactory.eINSTANCE.createCase();
            aCase.setGuid(RefiImportPlan.isUuid(refi.guid()) && taken.add(refi.guid()) ? refi.guid()
                    : UUID.randomUUID().toString());
            aCase.setName(refi.name());
            aCase.setMemo(refi.description() == null || refi.description().isBlank() ? null : refi.description());
            documentsOf(refi, documentOf).forEach(aCase.getDocuments()::add);
            inRefiCases.addAll(aCase.getDocuments());
            newCases.add(aCase);
        }
        for (Map.Entry<RefiRecords.Case, Case> matched : plan.matchedCases.entrySet()) {
            Case existing = matched.getValue();
            List<Document> before = store.read(p -> List.copyOf(existing.getDocuments()));
            List<Document> named = documentsOf(matched.getKey(), documentOf);
            List<Document> joining = named.stream().filter(d -> !before.contains(d)).toList();
            inRefiCases.addAll(named);
            if (!joining.isEmpty()) {
                List<Document> after = new ArrayList<>(before);
                after.addAll(joining);
                documentsBefore.put(existing, before);
                documentsAfter.put(existing, after);
            }
        }
        for (Document document : addedDocuments) {
            for (Case own : store.casesOf(document)) {
                if (inRefiCases.contains(document)) {
                    store.removeCase(own);
                } else {
                    keptOwnCases.add(own);
                }
            }
        }
        for (Case aCase : newCases) {
            store.insertCase(aCase);
        }
        join(store);
    }

    /** Before the added documents go: the joined cases as they were, then the new and own cases removed. */
    void undo(ProjectStore store) throws ProjectStoreException {
        for (Map.Entry<Case, List<Document>> joined : documentsBefore.entrySet()) {
            store.setCaseDocuments(joined.getKey(), joined.getValue());
        }
        for (Case aCase : ImportRefiCommand.reversed(newCases)) {
            store.removeCase(aCase);
        }
        for (Case aCase : ImportRefiCommand.reversed(keptOwnCases)) {
            store.removeCase(aCase);
        }
    }

    /** After the added documents are back: their own cases, the new cases, the joined ones. */
    void redo(ProjectStore store) throws ProjectStoreException {
        for (Case aCase : keptOwnCases) {
            store.insertCase(aCase);
        }
        for (Case aCase : newCases) {
            store.insertCase(aCase);
        }
        join(store);
    }

    private void join(ProjectStore store) throws ProjectStoreException {
        for (Map.Entry<Case, List<Document>> joined : documentsAfter.entrySet()) {
            store.setCaseDocuments(joined.getKey(), joined.getValue());
        }
    }

    /** The documents a REFI case names that the import has (matched or added), each once. */
    private static List<Document> documentsOf(RefiRecords.Case refi, Map<String, Document> documentOf) {
        return refi.sourceGuids().stream().map(documentOf::get).filter(d -> d != null).distinct().toList();
    }
}
