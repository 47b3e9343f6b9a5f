package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.ProjectState;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/** The content hash an export records changes exactly when what a result depends on changes. */
class ProjectStateTest {

    @TempDir
    Path temp;

    @Test
    void theHashIsStableUntilACodingOrTheTextChanges() throws Exception {
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("projekt"))) {
            Path file = temp.resolve("chef.txt");
            String text = "I: Stöd?\nIP: Vi fick stöd.";
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Document document = store.addDocuments(List.of(new NewDocument("chef.txt", file, "text/plain", "1".repeat(64),
                    text, Map.of()))).get(0);
            ProjectState before = ProjectState.of(store);
            assertEquals(before, ProjectState.of(store));
            assertEquals(1, before.documents());
            assertEquals(0, before.codings());

            Code code = CodeTree.allCodes(store.codebook()).stream().filter(Code::isCodable).findFirst().orElseThrow();
            Coding coding = TestCodings.coding(code, 13, 25);
            coding.setCoder(store.currentCoder());
            store.insertCoding(coding, document);
            ProjectState coded = ProjectState.of(store);
            assertEquals(1, coded.codings());
            assertNotEquals(before.contentHash(), coded.contentHash());

            store.replaceText(document, 22, 26, "hjälp");
            assertNotEquals(coded.contentHash(), ProjectState.of(store).contentHash());
        }
    }
}
