package org.tillit.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.text.Speakers;

/**
 * Which segments to retrieve: by code (with or without its sub-codes) or code set, in documents,
 * cases, documents meeting an attribute condition, by coder, speaker ("respondents only" leaves
 * the interviewer's turns out) and text. No code at all means every code. Built by the caller,
 * read by {@link Retrieval} under the store's lock.
 */
public final class SegmentFilter {

    private final List<Code> codes = new ArrayList<>();
    private boolean withSubcodes;
    private Set<Document> documents;
    private Set<Case> cases;
    private Condition condition = Condition.ALWAYS;
    private Set<String> coders;
    private Set<String> speakers;
    private boolean respondentsOnly;
    private String textContains;

    public SegmentFilter code(Code code) {
        codes.add(code);
        return this;
    }

    public SegmentFilter codes(Collection<Code> more) {
        codes.addAll(more);
        return this;
    }

    public SegmentFilter codeSet(CodeSet set) {
        codes.addAll(set.getMembers());
        return this;
    }

    public SegmentFilter withSubcodes(boolean with) {
        withSubcodes = with;
        return this;
    }

    public SegmentFilter documents(Collection<Document> only) {
        documents = identitySet(only);
        return this;
    }

    public SegmentFilter cases(Collection<Case> only) {
        cases = identitySet(only);
        return this;
    }

    public SegmentFilter where(Condition met) {
        condition = met;
        return this;
    }

    public SegmentFilter coders(Collection<String> names) {
        coders = Set.copyOf(names);
        return this;
    }

    public SegmentFilter speakers(Collection<String> names) {
        speakers = new LinkedHashSet<>();
        names.forEach(n -> speakers.add(n.strip().toLowerCase(Locale.ROOT)));
        return this;
    }

    public SegmentFilter respondentsOnly(boolean only) {
        respondentsOnly = only;
        return this;
    }

    /** Segments whose text contains this, case ignored. */
    public SegmentFilter textContains(String text) {
        textContains = text == null || text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
        return this;
    }

    public Condition condition() {
        return condition;
    }

    /** The codes asked for, with their sub-codes if wanted; empty for every code. */
    List<Code> selectedCodes() {
        Set<Code> all = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Code> ordered = new ArrayList<>();
        for (Code code : codes) {
            for (Code each : withSubcodes ? CodeTree.subtree(code) : List.of(code)) {
                if (all.add(each)) {
                    ordered.add(each);
                }
            }
        }
        return ordered;
    }

    /** Whether a document's segments may be in the result at all. */
    boolean admits(Document document, ProjectFacts facts) {
        if (documents != null && !documents.contains(document)) {
            return false;
        }
        if (cases != null && facts.cases(document).stream().noneMatch(cases::contains)) {
            return false;
        }
        return facts.meets(document, condition);
    }

    /** Whether the segment itself passes coder, speaker and text (its document already admitted). */
    boolean admits(Coding coding, ProjectFacts facts) {
        if (coders != null && (coding.getCoder() == null || !coders.contains(coding.getCoder().getName()))) {
            return false;
        }
        if (speakers != null || respondentsOnly) {
            String speaker = facts.layout(coding.getDocument()).speakerAt(coding.getStart());
            if (respondentsOnly && Speakers.isInterviewer(speaker)) {
                return false;
            }
            if (speakers != null && (speaker == null || !speakers.contains(speaker.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return textContains == null || facts.text(coding.getDocument()).between(coding.getStart(), coding.getEnd())
                .toLowerCase(Locale.ROOT).contains(textContains);
    }

    private static <T> Set<T> identitySet(Collection<T> items) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(items);
        return set;
    }
}
