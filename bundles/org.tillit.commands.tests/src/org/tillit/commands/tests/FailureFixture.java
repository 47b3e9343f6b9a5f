package org.tillit.commands.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.FailingStore;
import org.tillit.testing.store.ProjectSnapshot;
import org.tillit.testing.store.TestCodings;

/**
 * A small coded project for failure tests: two interviews, a code X with a sub-code Y, both
 * coded, X in a code set, another code Z, an attribute value. Commands run on {@link #store},
 * which fails on request ({@link #failing}); {@link #reopened()} reads back what the database holds.
 */
final class FailureFixture implements AutoCloseable {

    static final String FIRST = "I: Hur är stödet från chefen?\nIP: Vi har tillit men för lite tid och resurser.";
    static final String SECOND = "I: Och kollegial granskning?\nIP: Den upplevs som kontroll.";

    final Path folder;
    private ProjectStore real;
    final FailingStore failing;
    final ProjectStore store;
    final ProjectCommandStack stack = new ProjectCommandStack();
    final Document first;
    final Document second;
    final Code x;
    final Code y;
    final Code z;
    final AttributeDefinition role;

    FailureFixture(Path temp) throws Exception {
        folder = temp.resolve("project");
        real = new H2ProjectStoreFactory().open(folder);
        List<Document> documents = real.addDocuments(List.of(document(temp, "chef1.txt", FIRST, "a"),
                document(temp, "medarbetare1.txt", SECOND, "b")));
        first = documents.get(0);
        second = documents.get(1);
        List<Code> codable = codableCodes(real);
        x = codable.get(0);
        z = codable.get(1);
        y = TillitFactory.eINSTANCE.createCode();
        y.setGuid(UUID.randomUUID().toString());
        y.setLabelSv("Y under X");
        y.setLabelEn("Y below X");
        y.setCodable(true);
        real.insertCode(y, x, 0);
        CodeSet set = real.codebook().getSets().get(0);
        if (!set.getMembers().contains(x)) {
            List<Code> members = new ArrayList<>(set.getMembers());
            members.add(0, x);
            real.setMembers(set, members);
        }
        code(first, x, 0, 5);
        code(first, x, 10, 20);
        code(first, y, 3, 8);
        code(second, x, 0, 4);
        code(second, z, 5, 9);
        role = real.project().getAttributeDefinitions().get(0);
        real.setAttribute(first, role, "Chef/enhetschef");
        failing = FailingStore.around(real);
        store = failing.store();
    }

    private static NewDocument document(Path temp, String name, String text, String hashDigit) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", hashDigit.repeat(64), text, Map.of());
    }

    private static List<Code> codableCodes(ProjectStore store) {
        List<Code> codable = new ArrayList<>();
        store.codebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code && code.isCodable() && code.getChildren().isEmpty()) {
                codable.add(code);
            }
        });
        return codable;
    }

    private void code(Document document, Code code, int start, int end) throws ProjectStoreException {
        Coding coding = TestCodings.coding(code, start, end);
        coding.setCoder(real.currentCoder());
        real.insertCoding(coding, document);
    }

    List<String> snapshot() throws ProjectStoreException {
        return ProjectSnapshot.of(real);
    }

    /** Closes the project and opens it again: the snapshot of what the database holds. */
    List<String> reopened() throws ProjectStoreException {
        real.close();
        real = new H2ProjectStoreFactory().openExisting(folder);
        return ProjectSnapshot.of(real);
    }

    @Override
    public void close() {
        real.close();
    }
}
