package org.tillit.store.contract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.CoderIdentity;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.testing.store.ProjectSnapshot;
import org.tillit.testing.store.TestCodings;

/**
 * What the store contract suites share: a fresh project per test, opened for a coder, and ways to
 * reopen it and to make documents and codings. A store implementation subclasses each suite
 * ({@link ProjectStoreContract}, {@link UnitOfWorkContract}) with its factory and locations.
 */
public abstract class StoreContractFixture {

    protected static final String TEXT = "I: Hur upplever du stödet?\nIP: Vi har tillit men för lite tid. 😀 Resurser saknas.";

    @TempDir
    protected Path temp;

    protected ProjectStore store;
    protected ProjectLocation location;
    private int files;

    private final StoreUnderTest subject;

    protected StoreContractFixture(StoreUnderTest subject) {
        this.subject = subject;
    }

    /** The factory of the store under test. */
    protected ProjectStoreFactory factory() {
        return subject.factory();
    }

    /** A location where no project is yet. */
    protected ProjectLocation newLocation(String name) throws Exception {
        return subject.newLocation(temp, name);
    }

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

    /** The project reads back, after a reopen, exactly as the store holds it now. */
    protected void assertTheSameAfterAReopen() throws ProjectStoreException {
        List<String> now = ProjectSnapshot.of(store);
        reopen();
        org.junit.jupiter.api.Assertions.assertEquals(now, ProjectSnapshot.of(store), "after a reopen");
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

    /** A new document with one coding of the code (code points 0–4). */
    protected Document documentCodedWith(Code code) throws Exception {
        Document document = store.addDocument(newDocument("a.txt", TEXT));
        store.insertCoding(withCoder(coding(code, 0, 4)), document);
        return document;
    }

    protected static Coding coding(Code code, int start, int end) {
        return TestCodings.coding(code, start, end);
    }

    protected Coding withCoder(Coding coding) throws ProjectStoreException {
        coding.setCoder(store.currentCoder());
        return coding;
    }
}
