package org.tillit.commands.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * A fresh project with one interview and its command stack; {@link #persisted()} reads what the
 * database really holds, through a second, read-only store.
 */
final class ProjectFixture implements AutoCloseable {

    static final String INTERVIEW = "I: Hur är stödet från chefen?\nIP: Vi har tillit men för lite tid.";

    final Path folder;
    final ProjectStore store;
    final ProjectCommandStack stack = new ProjectCommandStack();
    final Document interview;

    ProjectFixture(Path temp) throws Exception {
        this(temp.resolve("project"), createWithInterview(temp));
    }

    private ProjectFixture(Path folder, ProjectStore store) {
        this.folder = folder;
        this.store = store;
        this.interview = store.documents().get(0);
    }

    private static ProjectStore createWithInterview(Path temp) throws Exception {
        ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"));
        Path file = temp.resolve("intervju.txt");
        Files.writeString(file, INTERVIEW, StandardCharsets.UTF_8);
        store.addDocument(new NewDocument("intervju.txt", file, "text/plain", "d".repeat(64), INTERVIEW, Map.of()));
        return store;
    }

    /** Opens the project made by an earlier fixture again, as Tillit would (no repair of any kind). */
    static ProjectFixture reopen(Path folder) throws Exception {
        return new ProjectFixture(folder, new H2ProjectStoreFactory().openExisting(folder));
    }

    /** Imports one more document with the text. */
    Document addDocument(Path temp, String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String sha256 = String.format("%064x", name.hashCode() & 0xffffffffL);
        return store.addDocument(new NewDocument(name, file, "text/plain", sha256, text, Map.of()));
    }

    /** What the model holds now and what the database holds now: they must be the same. */
    List<String> snapshotBothWays() throws ProjectStoreException {
        List<String> model = ProjectSnapshot.of(store);
        try (Persisted db = persisted()) {
            org.junit.jupiter.api.Assertions.assertEquals(model, db.snapshot(), "model and database");
        }
        return model;
    }

    /** A codable TBSL code by its Swedish label. */
    Code code(String labelSv) {
        var all = store.codebook().eAllContents();
        while (all.hasNext()) {
            if (all.next() instanceof Code code && labelSv.equals(code.getLabelSv())) {
                return code;
            }
        }
        throw new AssertionError("no code " + labelSv);
    }

    /** A second, read-only store on the project: what the database holds now. Close it after use. */
    Persisted persisted() throws ProjectStoreException {
        return new Persisted(store.location());
    }

    /** Asks the database one question, through a read-only store opened for it and closed after. */
    <T> T persisted(Function<Persisted, T> question) throws ProjectStoreException {
        try (Persisted db = persisted()) {
            return question.apply(db);
        }
    }

    /** How many objects of the type (codes, codings, documents, attribute values, ...) the database holds. */
    int storedCount(Class<? extends EObject> type) throws ProjectStoreException {
        return persisted(db -> db.all(type).size());
    }

    @Override
    public void close() {
        store.close();
    }
}
