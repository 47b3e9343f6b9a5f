package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.CodeFields;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * What every project store must do for the commands, the importer and the views: units of work
 * that land whole or not at all, an index that follows every change, events after commits, the
 * threading rule, and everything surviving a reopen. The H2 store runs it; a PostgreSQL store
 * runs the same class by subclassing it with its own factory and locations.
 */
public abstract class ProjectStoreContract {

    protected static final String TEXT = "I: Hur upplever du stödet?\nIP: Vi har tillit men för lite tid. 😀 Resurser saknas.";

    @TempDir
    protected Path temp;

    protected ProjectStore store;
    private ProjectLocation location;
    private int files;

    /** The factory of the store under test. */
    protected abstract ProjectStoreFactory factory();

    /** A location where no project is yet. */
    protected abstract ProjectLocation newLocation(String name) throws Exception;

    @BeforeEach
    void openFreshProject() throws Exception {
        location = newLocation("project");
        store = factory().open(location, new CoderIdentity("Anna Forskare"));
    }

    @AfterEach
    void closeProject() {
        store.close();
    }

    /** Closes the store and opens the project again: what the database really holds. */
    protected ProjectStore reopen() throws ProjectStoreException {
        store.close();
        store = factory().openExisting(location, new CoderIdentity("Anna Forskare"));
        return store;
    }

    protected NewDocument newDocument(String name, String text) throws Exception {
        Path file = temp.resolve("file-" + (files++) + "-" + name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String sha = String.format("%064x", new java.math.BigInteger(1,
                java.security.MessageDigest.getInstance("SHA-256").digest((name + text).getBytes(StandardCharsets.UTF_8))));
        return new NewDocument(name, file, "text/plain", sha, text, Map.of());
    }

    protected List<Code> codableCodes() {
        return store.read(p -> {
            List<Code> codes = new ArrayList<>();
            p.getCodebook().eAllContents().forEachRemaining(o -> {
                if (o instanceof Code code && code.isCodable() && code.getChildren().isEmpty()) {
                    codes.add(code);
                }
            });
            return codes;
        });
    }

    protected static Coding coding(Code code, int start, int end) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(new Date());
        return coding;
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

    private Coding withCoder(Coding coding) throws ProjectStoreException {
        coding.setCoder(store.currentCoder());
        return coding;
    }

    // ---- units of work

    @Test
    void aUnitOfWorkLandsWholeAndListenersHearOfItOnce() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        List<ProjectChange> heard = new ArrayList<>();
        store.addListener(heard::add);
        Code code = codableCodes().get(0);
        store.inOneTransaction("several changes", () -> {
            store.insertCoding(withCoder(coding(code, 0, 4)), document);
            store.insertCoding(withCoder(coding(code, 5, 9)), document);
            store.updateCode(code, CodeFields.of(code).withLabels("Nytt", "New"));
            assertTrue(heard.isEmpty(), "nothing is heard before the commit");
        });
        assertEquals(1, heard.size());
        assertEquals(java.util.Set.of(document), heard.get(0).codedDocuments());
        assertTrue(heard.get(0).codebook());
        assertFalse(heard.get(0).documentList());
        List<String> after = ProjectSnapshot.of(store);
        reopen();
        assertEquals(after, ProjectSnapshot.of(store));
        assertEquals(2, store.codingsIn(store.documents().get(0)).size());
    }

    @Test
    void aUnitOfWorkThatFailsLeavesModelAndDatabaseAsTheyWere() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Code code = codableCodes().get(0);
        store.insertCoding(withCoder(coding(code, 0, 4)), document);
        List<String> before = ProjectSnapshot.of(store);
        List<ProjectChange> heard = new ArrayList<>();
        store.addListener(heard::add);
        List<Throwable> failures = List.of(new IllegalStateException("a bug"), new OutOfMemoryError("simulated"),
                new ProjectStoreException("a store failure"));
        for (Throwable failure : failures) {
            Throwable thrown = assertThrows(Throwable.class, () -> store.inOneTransaction("failing", () -> {
                store.insertCoding(withCoder(coding(code, 5, 9)), document);
                store.recode(store.codingsOf(code), codableCodes().get(1));
                store.updateCode(code, CodeFields.of(code).withColor("#000000"));
                store.removeDocument(document);
                sneakyThrow(failure);
            }));
            assertSame(failure, thrown);
            assertEquals(before, ProjectSnapshot.of(store), "the model after " + failure);
            assertEquals(1, store.codingsOf(code).size(), "the index after " + failure);
            assertSame(document, store.documentWithSha256(document.getSha256()).orElseThrow());
        }
        assertTrue(heard.isEmpty(), "no listener hears of work that did not commit");
        reopen();
        assertEquals(before, ProjectSnapshot.of(store), "the database");
    }

    @Test
    void aFailureCaughtInsideAUnitStillFailsTheWholeUnit() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        List<String> before = ProjectSnapshot.of(store);
        Code code = codableCodes().get(0);
        assertThrows(ProjectStoreException.class, () -> store.inOneTransaction("outer", () -> {
            store.insertCoding(withCoder(coding(code, 0, 4)), document);
            try {
                store.removeCode(code); // refused inside its transaction: the code has a coding now
            } catch (ProjectStoreException swallowed) {
                // a caller that ignores a failure must not get half a unit committed
            }
        }));
        assertEquals(before, ProjectSnapshot.of(store));
        reopen();
        assertEquals(before, ProjectSnapshot.of(store));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
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
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Code code = codableCodes().get(0);
        store.insertCoding(withCoder(coding(code, 0, 4)), document);
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

    // ---- who codes, events, the threading rule

    @Test
    void codingsAreRecordedUnderTheCoderTheStoreWasOpenedFor() throws Exception {
        assertEquals("Anna Forskare", store.coderIdentity().name());
        assertEquals("Anna Forskare", store.currentCoder().getName());
        assertSame(store.currentCoder(), store.currentCoder(), "one coder per name");
        store.useCoder(new CoderIdentity("Bertil Kollega"));
        assertEquals("Bertil Kollega", store.currentCoder().getName(), "another name chosen while the project is open");
        assertEquals(2, store.read(p -> p.getCoders().size()));
    }

    @Test
    void codingOneSegmentNamesOneDocumentAndNothingElse() throws Exception {
        List<Document> docs = store.addDocuments(List.of(newDocument("a.txt", TEXT), newDocument("b.txt", "Två.")));
        store.currentCoder();
        AtomicReference<ProjectChange> heard = new AtomicReference<>();
        store.addListener(heard::set);
        store.insertCoding(withCoder(coding(codableCodes().get(0), 0, 3)), docs.get(1));
        ProjectChange change = heard.get();
        assertEquals(java.util.Set.of(docs.get(1)), change.codedDocuments());
        assertFalse(change.documentList() || change.codebook() || change.attributes() || change.cases());
        assertTrue(change.changedDocuments().isEmpty());
    }

    @Test
    void theModelCannotBeChangedOutsideTheStore() {
        Code code = codableCodes().get(0);
        assertThrows(IllegalStateException.class, () -> code.setLabelSv("ändrad utan butiken"));
    }

    @Test
    void aReaderWaitsForAUnitOfWorkAndNeverSeesHalfOfIt() throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        Code code = codableCodes().get(0);
        store.currentCoder();
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch readerStarted = new CountDownLatch(1);
        AtomicReference<Integer> seen = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                halfway.await();
                readerStarted.countDown();
                seen.set(store.codingsIn(document).size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.start();
        store.inOneTransaction("two codings", () -> {
            store.insertCoding(withCoder(coding(code, 0, 3)), document);
            halfway.countDown();
            try {
                readerStarted.await(5, TimeUnit.SECONDS);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            store.insertCoding(withCoder(coding(code, 4, 8)), document);
        });
        reader.join(5000);
        assertEquals(2, seen.get(), "the reader saw the unit whole");
    }
}
