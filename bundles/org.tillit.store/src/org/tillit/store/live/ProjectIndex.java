package org.tillit.store.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.store.CodingOrder;

/**
 * Lookups the commands and views make often, kept in step with the live model by
 * {@link ModelObserver}: codings by code, cases by document, documents by SHA-256. Every model
 * change, a rollback's included, passes through the observer, so the index cannot go stale.
 */
final class ProjectIndex {

    private final Project project;
    private final Map<Code, Map<Document, Set<Coding>>> codingsByCode = new IdentityHashMap<>();
    private final Map<Document, Set<Case>> casesByDocument = new IdentityHashMap<>();
    private final Map<String, Document> documentsBySha256 = new HashMap<>();

    ProjectIndex(Project project) {
        this.project = project;
        project.getDocuments().forEach(this::documentAdded);
        project.getCases().forEach(this::caseAdded);
    }

    // ---- queries

    /** The code's codings (not its sub-codes'), in document order and text order within each. */
    List<Coding> codingsOf(Code code) {
        Map<Document, Set<Coding>> byDocument = codingsByCode.get(code);
        if (byDocument == null) {
            return List.of();
        }
        List<Coding> result = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            Set<Coding> codings = byDocument.get(document);
            if (codings != null) {
                List<Coding> sorted = new ArrayList<>(codings);
                sorted.sort(CodingOrder.IN_TEXT);
                result.addAll(sorted);
            }
        }
        return result;
    }

    int codingCount(Code code) {
        Map<Document, Set<Coding>> byDocument = codingsByCode.get(code);
        return byDocument == null ? 0 : byDocument.values().stream().mapToInt(Set::size).sum();
    }

    /** The document's cases, in the project's order of cases. */
    List<Case> casesOf(Document document) {
        Set<Case> cases = casesByDocument.get(document);
        if (cases == null) {
            return List.of();
        }
        if (cases.size() == 1) {
            return List.copyOf(cases);
        }
        List<Case> ordered = new ArrayList<>(cases);
        ordered.sort(Comparator.comparingInt(project.getCases()::indexOf));
        return ordered;
    }

    Optional<Document> documentWithSha256(String sha256) {
        return Optional.ofNullable(documentsBySha256.get(sha256));
    }

    // ---- upkeep, called by the observer for model changes

    void documentAdded(Document document) {
        if (document.getSha256() != null) {
            documentsBySha256.put(document.getSha256(), document);
        }
        document.getCodings().forEach(this::codingAdded);
    }

    void documentRemoved(Document document) {
        documentsBySha256.remove(document.getSha256(), document);
        document.getCodings().forEach(c -> codingRemoved(c, document, c.getCode()));
    }

    void sha256Changed(Document document, String oldSha256) {
        if (oldSha256 != null) {
            documentsBySha256.remove(oldSha256, document);
        }
        if (document.getSha256() != null) {
            documentsBySha256.put(document.getSha256(), document);
        }
    }

    void codingAdded(Coding coding) {
        if (coding.getCode() != null && coding.getDocument() != null) {
            codingsByCode.computeIfAbsent(coding.getCode(), c -> new IdentityHashMap<>())
                    .computeIfAbsent(coding.getDocument(), d -> new LinkedHashSet<>()).add(coding);
        }
    }

    void codingRemoved(Coding coding, Document document, Code code) {
        Map<Document, Set<Coding>> byDocument = codingsByCode.get(code);
        if (byDocument == null) {
            return;
        }
        Set<Coding> codings = byDocument.get(document);
        if (codings != null && codings.remove(coding) && codings.isEmpty()) {
            byDocument.remove(document);
            if (byDocument.isEmpty()) {
                codingsByCode.remove(code);
            }
        }
    }

    void caseAdded(Case aCase) {
        aCase.getDocuments().forEach(d -> linked(aCase, d));
    }

    void caseRemoved(Case aCase) {
        aCase.getDocuments().forEach(d -> unlinked(aCase, d));
    }

    void linked(Case aCase, Document document) {
        casesByDocument.computeIfAbsent(document, d -> new LinkedHashSet<>()).add(aCase);
    }

    void unlinked(Case aCase, Document document) {
        Set<Case> cases = casesByDocument.get(document);
        if (cases != null && cases.remove(aCase) && cases.isEmpty()) {
            casesByDocument.remove(document);
        }
    }
}
