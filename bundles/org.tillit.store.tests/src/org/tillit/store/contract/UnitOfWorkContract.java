package org.tillit.store.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.CodeFields;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectChange;
import org.tillit.store.ProjectStoreException;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * Units of work and the threading rule, as every store must keep them: changes land whole or fail
 * whole on any Throwable (also when a failure is caught inside), listeners hear of commits only,
 * the model cannot be changed outside the store, and readers wait for a unit in progress.
 */
public abstract class UnitOfWorkContract extends StoreContractFixture {

    protected UnitOfWorkContract(StoreUnderTest subject) {
        super(subject);
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
        Code code = codableCodes().get(0);
        Document document = documentCodedWith(code);
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
