package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStoreException;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * Merging a code into another and deleting a code with its codings, each one unit of work however
 * many codings, and their undo: what the store shows, what a read-only view of it reads, and what
 * a reopen finds are the same, also when codings, documents or further merges changed in between.
 */
public abstract class CodeRetirementContract extends StoreContractFixture {

    protected CodeRetirementContract(StoreUnderTest subject) {
        super(subject);
    }

    @Test
    void aMergedCodesCodingsAreTheTargetsInTheStoreAViewAndAfterAReopen() throws Exception {
        Code source = codableCodes().get(0);
        Code target = codableCodes().get(1);
        Document document = coded(source, 10, target, 2);
        store.mergeCode(source, target);
        assertEquals(12, store.codingCount(target));
        assertFalse(store.read(p -> CodeTree.allCodes(p.getCodebook())).contains(source));
        assertTheSameInAViewAndAfterAReopen();
        assertEquals(12, store.codingsIn(store.documents().get(0)).stream()
                .filter(c -> c.getCode().getGuid().equals(target.getGuid())).count(), document.getName());
    }

    @Test
    void undoingAMergeBringsBackTheCodeItsPlaceAndItsCodingsEvenOneRecodedMeanwhile() throws Exception {
        Code source = codableCodes().get(0);
        Code target = codableCodes().get(1);
        Code other = codableCodes().get(2);
        coded(source, 10, target, 2);
        Code parent = source.getParent();
        int index = CodeTree.indexOf(source);
        List<String> before = ProjectSnapshot.of(store);
        List<Coding> moved = store.codingsOf(source);
        Runnable sets = setsAsTheyAre();
        store.mergeCode(source, target);
        store.recode(List.of(moved.get(3)), other);
        store.recode(List.of(moved.get(3)), target);
        store.unmergeCode(source, parent, index, moved);
        sets.run();
        assertEquals(before, ProjectSnapshot.of(store));
        assertTheSameInAViewAndAfterAReopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void aCodeMergedIntoOneMergedOnCountsAsTheLastAndIntoADeletedOneIsGone() throws Exception {
        Code first = codableCodes().get(0);
        Code second = codableCodes().get(1);
        Code third = codableCodes().get(2);
        Code fourth = codableCodes().get(3);
        coded(first, 3, second, 1);
        store.mergeCode(first, second);
        store.mergeCode(second, third);
        assertEquals(4, store.codingCount(third));
        store.insertCoding(withCoder(coding(fourth, 30, 35)), store.documents().get(0));
        store.mergeCode(third, fourth);
        store.deleteCodeWithCodings(fourth);
        assertEquals(0, store.codingsIn(store.documents().get(0)).size());
        assertTheSameInAViewAndAfterAReopen();
        assertEquals(0, store.codingsIn(store.documents().get(0)).size());
    }

    @Test
    void aCodeDeletedWithItsCodingsIsGoneAndComesBackWhole() throws Exception {
        Code code = codableCodes().get(0);
        Code kept = codableCodes().get(1);
        Document document = coded(code, 10, kept, 2);
        Code parent = code.getParent();
        int index = CodeTree.indexOf(code);
        List<String> before = ProjectSnapshot.of(store);
        List<PlacedCoding> placed = placed(code);
        Runnable sets = setsAsTheyAre();
        store.deleteCodeWithCodings(code);
        assertEquals(2, store.codingsIn(document).size());
        assertTheSameInAViewAndAfterAReopenOf(() -> {
            store.restoreCodeWithCodings(code, parent, index, placed);
            sets.run();
            assertEquals(before, ProjectSnapshot.of(store));
        });
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void aDeletedCodesCodingsComeBackAlsoAfterTheirDocumentWentAndCameBack() throws Exception {
        Code code = codableCodes().get(0);
        Document document = coded(code, 5, codableCodes().get(1), 1);
        Code parent = code.getParent();
        int index = CodeTree.indexOf(code);
        List<String> before = ProjectSnapshot.of(store);
        List<PlacedCoding> placed = placed(code);
        Runnable sets = setsAsTheyAre();
        store.deleteCodeWithCodings(code);
        String text = store.text(document);
        List<Case> cases = store.casesOf(document);
        store.removeDocument(document);
        store.insertDocument(document, text, 0, cases);
        store.restoreCodeWithCodings(code, parent, index, placed);
        sets.run();
        assertEquals(before, ProjectSnapshot.of(store));
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void aCodeWithSubcodesOrIntoItselfIsNotMerged() throws Exception {
        Code parent = store.codebook().getCodes().get(0);
        List<String> before = ProjectSnapshot.of(store);
        assertThrows(ProjectStoreException.class, () -> store.mergeCode(parent, codableCodes().get(5)));
        Code leaf = codableCodes().get(0);
        assertThrows(ProjectStoreException.class, () -> store.mergeCode(leaf, leaf));
        assertEquals(before, ProjectSnapshot.of(store));
    }

    /** Puts the code sets' members back as they are now, as the commands do after an undo. */
    private Runnable setsAsTheyAre() {
        Map<CodeSet, List<Code>> members = new LinkedHashMap<>();
        store.codebook().getSets().forEach(set -> members.put(set, List.copyOf(set.getMembers())));
        return () -> members.forEach((set, codes) -> {
            try {
                store.setMembers(set, codes);
            } catch (ProjectStoreException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A document with {@code n} codings of one code and {@code m} of another. */
    private Document coded(Code code, int n, Code other, int m) throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        List<PlacedCoding> codings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codings.add(new PlacedCoding(withCoder(coding(code, i, i + 4)), document));
        }
        for (int i = 0; i < m; i++) {
            codings.add(new PlacedCoding(withCoder(coding(other, 20 + i, 26 + i)), document));
        }
        store.insertCodings(codings);
        return document;
    }

    private List<PlacedCoding> placed(Code code) {
        return CodeTree.subtree(code).stream().flatMap(each -> store.codingsOf(each).stream())
                .map(coding -> new PlacedCoding(coding, coding.getDocument())).toList();
    }

    private void assertTheSameInAViewAndAfterAReopen() throws Exception {
        List<String> now = ProjectSnapshot.of(store);
        try (var view = factory().openReadOnly(location)) {
            assertEquals(now, ProjectSnapshot.of(view), "a read-only view while the project is open");
        }
        reopen();
        assertEquals(now, ProjectSnapshot.of(store), "after a reopen");
    }

    /** A view reads the deletion as the store holds it; then the undo, within the same session, restores it. */
    private void assertTheSameInAViewAndAfterAReopenOf(Undo undo) throws Exception {
        List<String> now = ProjectSnapshot.of(store);
        try (var view = factory().openReadOnly(location)) {
            assertEquals(now, ProjectSnapshot.of(view), "a read-only view of the deletion");
        }
        undo.run();
        assertTheSameInAViewAndAfterAReopen();
    }

    @FunctionalInterface
    private interface Undo {
        void run() throws Exception;
    }
}
