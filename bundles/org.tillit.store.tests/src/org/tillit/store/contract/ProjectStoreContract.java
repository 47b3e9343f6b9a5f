package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextChange;
import org.tillit.store.TextEdit;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * What every project store must keep for the commands, the importer and the views: opening and
 * refusing, documents all or none, the codebook and codings with an index that follows every
 * change, attributes and memos, and all of it surviving a reopen. The H2 store runs it; a
 * PostgreSQL store runs the same class by subclassing it with its own factory and locations.
 */
public abstract class ProjectStoreContract extends StoreContractFixture {

    protected ProjectStoreContract(StoreUnderTest subject) {
        super(subject);
    }

    // ---- opening

    @Test
    void aNewProjectHoldsTheTbslCodebookAndThePresetAttributes() {
        assertEquals(9, store.codebook().getCodes().size());
        assertFalse(store.codebook().getSets().isEmpty());
        assertEquals(4, store.project().getAttributeDefinitions().size());
        assertTrue(store.documents().isEmpty());
        assertTrue(factory().supports(location));
    }

    @Test
    void openExistingRefusesALocationWithoutAProjectAndCreatesNothing() throws Exception {
        ProjectLocation empty = newLocation("nothing-here");
        assertThrows(ProjectStoreException.class, () -> factory().openExisting(empty, CoderIdentity.ofSystemUser()));
        assertThrows(ProjectStoreException.class, () -> factory().openExisting(empty, CoderIdentity.ofSystemUser()),
                "still nothing there after the first refusal");
    }

    @Test
    void aProjectOpenInThisStoreCannotBeOpenedTwice() {
        assertThrows(ProjectStoreException.class, () -> factory().open(location, CoderIdentity.ofSystemUser()));
    }

    // ---- documents

    @Test
    void documentsTheirTextOriginalsAndCasesSurviveAReopen() throws Exception {
        List<Document> added = store.addDocuments(List.of(newDocument("chef1.txt", TEXT), newDocument("med1.txt", "Kort.")));
        assertEquals(2, added.size());
        assertEquals(TEXT.codePointCount(0, TEXT.length()), added.get(0).getLength());
        assertEquals(List.of("chef1"), store.casesOf(added.get(0)).stream().map(Case::getName).toList());
        assertSame(added.get(1), store.documentWithSha256(added.get(1).getSha256()).orElseThrow());
        List<String> before = ProjectSnapshot.of(store);
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
        Document first = store.documents().get(0);
        assertEquals(TEXT, store.text(first));
        assertTrue(store.originals().has(first));
        try (InputStream in = store.originals().open(first)) {
            assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertEquals("chef1", store.casesOf(first).get(0).getName());
        assertSame(first, store.documentWithSha256(first.getSha256()).orElseThrow());
    }

    @Test
    void aBatchWithABadDocumentStoresNoneOfIt() throws Exception {
        store.addDocument(newDocument("a.txt", TEXT));
        List<String> before = ProjectSnapshot.of(store);
        NewDocument fine = newDocument("b.txt", "Bra.");
        NewDocument duplicate = new NewDocument("c.txt", fine.original(), "text/plain", fine.sha256(), "Bra.", Map.of());
        assertThrows(ProjectStoreException.class, () -> store.addDocuments(List.of(fine, duplicate)));
        assertEquals(before, ProjectSnapshot.of(store));
        assertTrue(store.documentWithSha256(fine.sha256()).isEmpty());
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void aRemovedDocumentComesBackWholeInItsPlace() throws Exception {
        List<Document> docs = store.addDocuments(List.of(newDocument("a.txt", TEXT), newDocument("b.txt", TEXT + "!"),
                newDocument("c.txt", "Tre.")));
        Document middle = docs.get(1);
        store.insertCoding(withCoder(coding(codableCodes().get(0), 0, 5)), middle);
        store.setAttribute(middle, store.project().getAttributeDefinitions().get(0), "Chef/enhetschef");
        List<String> before = ProjectSnapshot.of(store);
        String text = store.text(middle);
        List<Case> cases = store.casesOf(middle);
        store.removeDocument(middle);
        assertEquals(List.of(docs.get(0), docs.get(2)), store.documents());
        assertTrue(store.documentWithSha256(middle.getSha256()).isEmpty());
        assertTrue(store.codingsOf(codableCodes().get(0)).isEmpty());
        assertTrue(store.casesOf(middle).isEmpty());
        store.insertDocument(middle, text, 1, cases);
        assertEquals(before, ProjectSnapshot.of(store));
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    // ---- codebook and codings

    @Test
    void codingsOfFollowsEveryKindOfChange() throws Exception {
        List<Document> docs = store.addDocuments(List.of(newDocument("a.txt", TEXT), newDocument("b.txt", TEXT + ".")));
        List<Code> codes = codableCodes().subList(0, 4);
        Random random = new Random(11);
        List<Coding> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Document document = docs.get(random.nextInt(2));
            int start = random.nextInt(40);
            Coding coding = withCoder(coding(codes.get(random.nextInt(codes.size())), start, start + 1 + random.nextInt(10)));
            store.insertCoding(coding, document);
            all.add(coding);
        }
        store.recode(all.subList(0, 20), codes.get(3));
        store.removeCodings(all.subList(20, 30));
        store.changeRange(all.get(40), 2, 3);
        String text = store.text(docs.get(1));
        List<Case> cases = store.casesOf(docs.get(1));
        store.removeDocument(docs.get(1));
        assertIndexMatchesAScan(codes);
        store.insertDocument(docs.get(1), text, 1, cases);
        assertIndexMatchesAScan(codes);
        reopen();
        assertIndexMatchesAScan(codableCodes().subList(0, 4));
    }

    private void assertIndexMatchesAScan(List<Code> codes) {
        for (Code code : codes) {
            List<Coding> scanned = new ArrayList<>();
            for (Document document : store.documents()) {
                for (Coding coding : store.codingsIn(document)) {
                    if (coding.getCode() == code) {
                        scanned.add(coding);
                    }
                }
            }
            assertEquals(scanned, store.codingsOf(code), "codings of " + code.getLabelSv());
            assertEquals(scanned.size(), store.codingCount(code));
        }
        for (Document document : store.documents()) {
            List<Coding> codings = store.codingsIn(document);
            List<Coding> sorted = new ArrayList<>(codings);
            sorted.sort(org.tillit.store.CodingOrder.IN_TEXT);
            assertEquals(sorted, codings, "a document's codings stay in text order");
            assertEquals(store.read(p -> p.getCases().stream().filter(c -> c.getDocuments().contains(document)).toList()),
                    store.casesOf(document));
        }
    }

    @Test
    void aCodeWithCodingsCannotBeRemovedAndACodeCannotMoveIntoItself() throws Exception {
        Code code = codableCodes().get(0);
        documentCodedWith(code);
        List<String> before = ProjectSnapshot.of(store);
        assertThrows(ProjectStoreException.class, () -> store.removeCode(code));
        Code group = store.codebook().getCodes().get(0);
        assertThrows(ProjectStoreException.class, () -> store.moveCode(group, group.getChildren().get(0), 0));
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void codesMoveAndLeaveSetsAndAllOfItSurvivesAReopen() throws Exception {
        Code code = codableCodes().get(0);
        Code newParent = store.codebook().getCodes().get(3);
        store.moveCode(code, newParent, 0);
        assertSame(newParent, code.getParent());
        CodeSet set = store.codebook().getSets().get(0);
        List<Code> members = new ArrayList<>(set.getMembers());
        members.add(0, code);
        store.setMembers(set, members);
        Code added = TillitFactory.eINSTANCE.createCode();
        added.setGuid(UUID.randomUUID().toString());
        added.setLabelSv("Ny kod");
        added.setCodable(true);
        store.insertCode(added, code, 0);
        store.saveMemo(added, "Ett memo");
        store.removeCode(code);
        assertFalse(set.getMembers().contains(code));
        List<String> after = ProjectSnapshot.of(store);
        reopen();
        assertEquals(after, ProjectSnapshot.of(store));
    }

    @Test
    void manyCodingsGoInAndOutInOneCall() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Code code = codableCodes().get(0);
        List<PlacedCoding> placed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            placed.add(new PlacedCoding(withCoder(coding(code, i, i + 3)), document));
        }
        store.insertCodings(placed);
        assertEquals(40, store.codingCount(code));
        store.removeCodings(store.codingsOf(code));
        assertEquals(0, store.codingCount(code));
        reopen();
        assertEquals(0, store.codingsIn(store.documents().get(0)).size());
    }

    // ---- editing the text

    /** Code points 0-9 "😀 Vi har t", the edit [10,15) "illit", then " men för lite tid." */
    private static final String EDITED = "😀 Vi har tillit men för lite tid.\nIP: Ja.";

    private String range(Coding coding) {
        return coding.getDocument() == null ? "removed" : coding.getStart() + "-" + coding.getEnd();
    }

    @Test
    void anEditMovesCodingsAsAnEditorMovesPositions() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", EDITED));
        Code code = codableCodes().get(0);
        Map<String, Coding> c = new java.util.LinkedHashMap<>();
        for (String[] spec : new String[][] { { "before", "0", "5" }, { "touchingBefore", "5", "10" },
                { "after", "20", "25" }, { "touchingAfter", "15", "20" }, { "holding", "8", "18" },
                { "overStart", "7", "12" }, { "overEnd", "13", "19" }, { "inside", "11", "14" }, { "same", "10", "15" } }) {
            Coding coding = withCoder(coding(code, Integer.parseInt(spec[1]), Integer.parseInt(spec[2])));
            store.insertCoding(coding, document);
            c.put(spec[0], coding);
        }
        String original = store.text(document);
        String sha256 = document.getSha256();

        TextEdit edit = store.replaceText(document, 10, 15, "XY😀");

        assertEquals("😀 Vi har tXY😀 men för lite tid.\nIP: Ja.", store.text(document));
        assertEquals(EDITED.codePointCount(0, EDITED.length()) - 2, document.getLength());
        assertEquals("illit", edit.replaced());
        assertEquals(13, edit.replacementEnd());
        assertEquals("0-5", range(c.get("before")));
        assertEquals("5-10", range(c.get("touchingBefore")), "an edit right after a coding does not join it");
        assertEquals("18-23", range(c.get("after")));
        assertEquals("13-18", range(c.get("touchingAfter")));
        assertEquals("8-16", range(c.get("holding")), "a coding holding the edit shrinks with it");
        assertEquals("7-10", range(c.get("overStart")), "keeps what is left of its text");
        assertEquals("13-17", range(c.get("overEnd")), "keeps what is left of its text");
        assertEquals("10-13", range(c.get("same")), "a coding of exactly the replaced text covers the replacement");
        assertEquals("removed", range(c.get("inside")));
        assertEquals(1, edit.removedCodings().size());
        assertSame(c.get("inside"), edit.removedCodings().get(0).coding());
        assertEquals("lli", edit.removedCodings().get(0).text());
        assertEquals("11-14", c.get("inside").getStart() + "-" + c.get("inside").getEnd(), "a removed coding keeps its range");
        assertEquals(6, edit.movedCodings().size());
        assertIndexMatchesAScan(List.of(code));
        assertEquals(sha256, document.getSha256(), "the hash names the original file, which is unchanged");
        try (InputStream in = store.originals().open(document)) {
            assertEquals(original, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }

        assertTheSameAfterAReopen();
        assertEquals(List.of("0-5", "5-10", "7-10", "8-16", "10-13", "13-17", "13-18", "18-23"),
                store.codingsIn(store.documents().get(0)).stream().map(this::range).toList());
    }

    @Test
    void insertionsAndDeletionsAtTheEdgesOfACoding() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", EDITED));
        Code code = codableCodes().get(0);
        Coding coding = withCoder(coding(code, 10, 15));
        store.insertCoding(coding, document);
        store.replaceText(document, 15, 15, "!!");
        assertEquals("10-15", range(coding), "typing right after a coding");
        store.replaceText(document, 10, 10, "😀");
        assertEquals("11-16", range(coding), "typing right before a coding");
        store.replaceText(document, 12, 12, "ab");
        assertEquals("11-18", range(coding), "typing inside a coding");
        TextEdit deleted = store.replaceText(document, 11, 18, "");
        assertEquals("removed", range(coding), "its whole text deleted");
        assertEquals("iabllit", deleted.removedCodings().get(0).text());
        assertEquals("😀 Vi har t😀!! men för lite tid.\nIP: Ja.", store.text(document));
        assertTheSameAfterAReopen();
    }

    @Test
    void anEditDerivesLinesParagraphsAndTurnsAgain() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        int turns = document.getTurns().size();
        int end = document.getLength();
        store.replaceText(document, end, end, "\n\nI: Och 𠀀-projektet?\nIP: Det gick bra.");
        assertEquals(turns + 2, document.getTurns().size());
        String text = store.text(document);
        assertEquals(org.tillit.model.text.TextLayout.lineStarts(text), document.getLineStarts());
        assertEquals(org.tillit.model.text.TextLayout.paragraphStarts(text), document.getParagraphStarts());
        List<Integer> lines = List.copyOf(document.getLineStarts());
        List<String> turnRanges = document.getTurns().stream().map(t -> t.getSpeaker() + t.getStart() + "-" + t.getEnd()).toList();
        reopen();
        Document reopened = store.documents().get(0);
        assertEquals(lines, reopened.getLineStarts());
        assertEquals(turnRanges, reopened.getTurns().stream().map(t -> t.getSpeaker() + t.getStart() + "-" + t.getEnd()).toList());
    }

    @Test
    void manyEditsReadTheSameInAReadOnlyViewAndAfterReopens() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT.repeat(20)));
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            int start = random.nextInt(document.getLength() - 20);
            store.insertCoding(withCoder(coding(codableCodes().get(i % 5), start, start + 1 + random.nextInt(20))), document);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 30; i++) {
                int start = random.nextInt(document.getLength() - 5);
                store.replaceText(document, start, start + random.nextInt(5), List.of("", "ö", "😀𠀀", "ny text ").get(i % 4));
                if (i % 7 == 0) {
                    Coding some = store.codingsIn(document).get(0);
                    store.changeRange(some, some.getStart(), some.getEnd() + 1);
                    store.insertCoding(withCoder(coding(codableCodes().get(0), start, start + 3)), document);
                }
            }
            List<String> now = ProjectSnapshot.of(store);
            try (var view = factory().openReadOnly(location)) {
                assertEquals(now, ProjectSnapshot.of(view), "a read-only view while the project is open");
            }
            assertTheSameAfterAReopen();
            document = store.documents().get(0);
        }
    }

    @Test
    void severalReplacementsAtOnceDoWhatEachDoesInTurn() throws Exception {
        List<Document> docs = store.addDocuments(List.of(newDocument("a.txt", EDITED), newDocument("b.txt", EDITED)));
        for (Document document : docs) {
            for (int[] range : new int[][] { { 0, 12 }, { 11, 14 }, { 13, 30 }, { 20, 25 }, { 31, 38 } }) {
                store.insertCoding(withCoder(coding(codableCodes().get(range[0] % 3), range[0], range[1])), document);
            }
        }
        List<TextChange> changes = List.of(new TextChange(20, 25, "😀"), new TextChange(10, 15, ""),
                new TextChange(0, 0, "Åsa: "), new TextChange(3, 12, "𠀀"));
        List<TextEdit> together = store.replaceTexts(docs.get(0), changes);
        for (TextChange change : changes) {
            store.replaceText(docs.get(1), change.start(), change.end(), change.replacement());
        }
        assertEquals(store.text(docs.get(1)), store.text(docs.get(0)));
        assertEquals(store.codingsIn(docs.get(1)).stream().map(this::range).toList(),
                store.codingsIn(docs.get(0)).stream().map(this::range).toList());
        assertEquals(docs.get(1).getTurns().size(), docs.get(0).getTurns().size());
        assertEquals(docs.get(1).getLineStarts(), docs.get(0).getLineStarts());
        assertEquals(4, together.size());
        assertEquals("illit", together.get(1).replaced());
        assertTheSameAfterAReopen();
    }

    @Test
    void anEditOutsideTheTextOrOfAGoneDocumentChangesNothing() throws Exception {
        Document document = documentCodedWith(codableCodes().get(0));
        List<String> before = ProjectSnapshot.of(store);
        int length = document.getLength();
        assertThrows(ProjectStoreException.class, () -> store.replaceText(document, length - 1, length + 1, "x"));
        assertThrows(ProjectStoreException.class, () -> store.replaceText(document, 3, 2, "x"));
        assertEquals(before, ProjectSnapshot.of(store));
        store.removeDocument(document);
        assertThrows(ProjectStoreException.class, () -> store.replaceText(document, 0, 1, "x"));
    }

    @Test
    void anEditInAUnitOfWorkThatFailsIsUndoneInModelAndDatabase() throws Exception {
        Document document = documentCodedWith(codableCodes().get(0));
        store.insertCoding(withCoder(coding(codableCodes().get(0), 20, 30)), document);
        List<String> before = ProjectSnapshot.of(store);
        List<Integer> lines = List.copyOf(document.getLineStarts());
        assertThrows(IllegalStateException.class, () -> store.inOneTransaction("edit", () -> {
            store.replaceText(document, 0, 25, "Nej.\n");
            throw new IllegalStateException("after the edit");
        }));
        assertEquals(before, ProjectSnapshot.of(store));
        assertEquals(lines, document.getLineStarts());
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @Test
    void attributesAndMemosSurviveAReopen() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        AttributeDefinition role = store.project().getAttributeDefinitions().get(0);
        store.setAttribute(document, role, "Medarbetare");
        store.setAttribute(store.casesOf(document).get(0), role, "Chef/enhetschef");
        store.saveMemo(document, "Intervjun gjordes på distans.");
        store.saveMemo(store.project(), "Projektets memo");
        assertEquals("Medarbetare", store.attribute(document, role).orElseThrow());
        List<String> after = ProjectSnapshot.of(store);
        reopen();
        assertEquals(after, ProjectSnapshot.of(store));
    }

    @Test
    void casesSetsAndCodersComeAndGoOnTheirOwnAndSurviveAReopen() throws Exception {
        List<String> empty = ProjectSnapshot.of(store);
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Case own = store.casesOf(document).get(0);
        store.removeCase(own);
        assertTrue(store.casesOf(document).isEmpty());
        assertEquals(List.of(document), own.getDocuments(), "a removed case keeps its list, to come back whole");
        Case group = TillitFactory.eINSTANCE.createCase();
        group.setGuid(UUID.randomUUID().toString());
        group.setName("Chefer");
        group.getDocuments().add(document);
        AttributeDefinition role = store.project().getAttributeDefinitions().get(0);
        store.insertCase(group);
        store.setAttribute(group, role, "Chef/enhetschef");
        store.insertCase(own);
        CodeSet set = TillitFactory.eINSTANCE.createCodeSet();
        set.setGuid(UUID.randomUUID().toString());
        set.setLabelSv("Importerade");
        set.getMembers().add(codableCodes().get(0));
        store.insertSet(set);
        Coder karin = TillitFactory.eINSTANCE.createCoder();
        karin.setGuid(UUID.randomUUID().toString());
        karin.setName("Karin");
        store.insertCoder(karin);
        assertEquals(List.of(group, own), store.casesOf(document));
        assertTheSameAfterAReopen();

        Document reopened = store.documents().get(0);
        for (Case aCase : store.casesOf(reopened)) {
            store.removeCase(aCase);
        }
        store.removeSet(store.codebook().getSets().get(store.codebook().getSets().size() - 1));
        store.removeCoder(store.project().getCoders().stream().filter(c -> c.getName().equals("Karin")).findFirst()
                .orElseThrow());
        store.removeDocument(reopened);
        assertEquals(empty, ProjectSnapshot.of(store));
        assertTheSameAfterAReopen();
    }
}
