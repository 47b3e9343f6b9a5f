package org.tillit.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.codebook.Labels;

/**
 * How documents fall into the groups compared: by an attribute's values (a document's own value,
 * else its case's; a category's every allowed value is a group, empty or not; documents without a
 * value are in no group), by code sets (the documents with a coding of a member), or by documents
 * named by the caller. A document may be in several groups (code sets).
 */
public abstract class Grouping {

    /** A group with the documents in it, in project order. */
    record Members(String label, List<Document> documents) {
    }

    abstract List<Members> groups(ProjectFacts facts);

    public static Grouping byAttribute(AttributeDefinition definition) {
        return new Grouping() {
            @Override
            List<Members> groups(ProjectFacts facts) {
                Map<String, List<Document>> byValue = new LinkedHashMap<>();
                if (definition.getType() == AttributeType.CATEGORY) {
                    definition.getAllowedValues().forEach(v -> byValue.put(v, new ArrayList<>()));
                }
                Set<String> others = new TreeSet<>((a, b) -> Condition.compare(definition, a, b));
                for (Document document : facts.project.getDocuments()) {
                    String value = facts.value(document, definition);
                    if (value != null && !byValue.containsKey(value)) {
                        others.add(value);
                    }
                }
                others.forEach(v -> byValue.put(v, new ArrayList<>()));
                for (Document document : facts.project.getDocuments()) {
                    String value = facts.value(document, definition);
                    if (value != null) {
                        byValue.get(value).add(document);
                    }
                }
                List<Members> groups = new ArrayList<>();
                byValue.forEach((v, documents) -> groups.add(
                        new Members(AttributeValues.shown(definition, v, facts.language), documents)));
                return groups;
            }
        };
    }

    /**
     * By the bands of a number or date attribute: a column per band from the lowest value's to the
     * highest's, empty bands between included so the columns read as a scale; documents with no
     * value (or one not of the type) are in no band.
     */
    public static Grouping byAttributeBands(AttributeDefinition definition, AttributeBands bands) {
        return new Grouping() {
            @Override
            List<Members> groups(ProjectFacts facts) {
                TreeMap<Long, List<Document>> byBand = new TreeMap<>();
                for (Document document : facts.project.getDocuments()) {
                    String value = facts.value(document, definition);
                    if (value != null) {
                        bands.bandOf(value).ifPresent(band -> byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(document));
                    }
                }
                List<Members> groups = new ArrayList<>();
                if (!byBand.isEmpty()) {
                    for (long band = byBand.firstKey(); band <= byBand.lastKey(); band += bands.width()) {
                        groups.add(new Members(bands.label(band), byBand.getOrDefault(band, List.of())));
                    }
                }
                return groups;
            }
        };
    }

    public static Grouping byCodeSets(List<CodeSet> sets) {
        return new Grouping() {
            @Override
            List<Members> groups(ProjectFacts facts) {
                List<Members> groups = new ArrayList<>();
                for (CodeSet set : sets) {
                    Set<Document> coded = Collections.newSetFromMap(new IdentityHashMap<>());
                    set.getMembers().forEach(code -> facts.store.codingsOf(code).stream().map(Coding::getDocument)
                            .forEach(coded::add));
                    groups.add(new Members(Labels.label(set, facts.language),
                            facts.project.getDocuments().stream().filter(coded::contains).toList()));
                }
                return groups;
            }
        };
    }

    /** Groups named by the caller, each with its documents (one document each: a column per interview). */
    public static Grouping byDocuments(Map<String, ? extends Collection<Document>> groups) {
        Map<String, List<Document>> copy = new LinkedHashMap<>();
        groups.forEach((label, documents) -> copy.put(label, List.copyOf(new LinkedHashSet<>(documents))));
        return new Grouping() {
            @Override
            List<Members> groups(ProjectFacts facts) {
                List<Members> members = new ArrayList<>();
                copy.forEach((label, documents) -> members.add(new Members(label, documents)));
                return members;
            }
        };
    }

    /**
     * A column per document of the project, named as the document; documents of the same name
     * join the first, as a reader of the column heading could not tell them apart.
     */
    public static Grouping byEachDocument(List<Document> documents) {
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        for (Document document : documents) {
            groups.computeIfAbsent(document.getName(), n -> new ArrayList<>()).add(document);
        }
        return byDocuments(groups);
    }
}
