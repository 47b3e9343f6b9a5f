package org.tillit.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.store.h2.SchemaMigrator;

class ProjectStoreTest {

    private static final String TEXT = "I: Hur upplever du handlingsutrymmet?\nIP: Vi får mer tillit nu – äntligen. 😀";

    @TempDir
    Path temp;

    private final H2ProjectStoreFactory stores = new H2ProjectStoreFactory();

    private NewDocument interview(String name, String sha) throws IOException {
        Path original = temp.resolve(name);
        Files.writeString(original, TEXT, StandardCharsets.UTF_8);
        return new NewDocument(name, original, "text/plain", sha, TEXT, Map.of("dc:creator", "Intervjuare A"));
    }

    @Test
    void aNewProjectStartsWithTheTbslCodebookAtTheCurrentSchema() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            assertEquals(9, store.codebook().getCodes().size());
            assertEquals("Tillit", store.codebook().getCodes().get(0).getChildren().get(0).getLabelSv());
            assertFalse(store.codebook().getSets().isEmpty());
            assertEquals(SchemaMigrator.CURRENT_VERSION, store.schemaVersion());
            assertEquals(4, store.project().getAttributeDefinitions().size(), "the study's preset attributes");
            assertEquals("p", store.project().getName());
            assertTrue(store.documents().isEmpty());
        }
    }

    @Test
    void documentsTextAndOriginalSurviveReopening() throws Exception {
        Path folder = temp.resolve("p");
        String guid;
        try (ProjectStore store = stores.open(folder)) {
            Document added = store.addDocument(interview("intervju-1.txt", "a".repeat(64)));
            guid = added.getGuid();
            assertEquals(TEXT.codePointCount(0, TEXT.length()), added.getLength(), "length in code points");
        }
        try (ProjectStore store = stores.open(folder)) {
            assertEquals(1, store.documents().size());
            Document reread = store.documents().get(0);
            assertEquals(guid, reread.getGuid());
            assertEquals("intervju-1.txt", reread.getName());
            assertEquals("text/plain", reread.getFormat());
            assertEquals("Intervjuare A", reread.getMetadata().get("dc:creator"));
            assertEquals(TEXT, store.text(reread));
            assertTrue(store.documentWithSha256("a".repeat(64)).isPresent());
            assertEquals(TEXT, Files.readString(folder.resolve("originals").resolve("a".repeat(64) + ".txt")));
        }
    }

    @Test
    void linesParagraphsAndSpeakerTurnsAreStoredWithTheDocument() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            store.addDocument(interview("intervju.txt", "1".repeat(64)));
        }
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            Document reread = store.documents().get(0);
            assertEquals(List.of(0, 38), reread.getLineStarts());
            assertEquals(List.of(0), reread.getParagraphStarts());
            assertEquals(List.of("I", "IP"), reread.getTurns().stream().map(t -> t.getSpeaker()).toList());
            assertEquals(38, reread.getTurns().get(1).getStart());
            assertEquals(reread.getLength(), reread.getTurns().get(1).getEnd());
        }
    }

    @Test
    void codingsSurviveReopeningInPositionOrder() throws Exception {
        Path folder = temp.resolve("p");
        try (ProjectStore store = stores.open(folder)) {
            Document first = store.addDocument(interview("a.txt", "1".repeat(64)));
            Document second = store.addDocument(interview("b.txt", "2".repeat(64)));
            Code tillit = store.codebook().getCodes().get(0).getChildren().get(0);
            Coder coder = store.currentCoder();
            for (int[] range : new int[][] { { 20, 30 }, { 5, 9 }, { 5, 7 }, { 0, 40 } }) {
                store.insertCoding(coding(tillit, coder, range[0], range[1], range[0] == 5 ? "memo " + range[1] : null),
                        first);
            }
            store.insertCoding(coding(tillit, coder, 3, 4, null), second);
            assertEquals(List.of("0-40", "5-7", "5-9", "20-30"),
                    first.getCodings().stream().map(c -> c.getStart() + "-" + c.getEnd()).toList(),
                    "in position order as soon as they are added");
        }
        try (ProjectStore store = stores.open(folder)) {
            Document first = store.documents().get(0);
            assertEquals(List.of("0-40", "5-7", "5-9", "20-30"),
                    first.getCodings().stream().map(c -> c.getStart() + "-" + c.getEnd()).toList(), "position order");
            assertEquals("memo 7", first.getCodings().get(1).getMemo());
            assertEquals(null, first.getCodings().get(0).getMemo());
            Coding reread = first.getCodings().get(0);
            assertEquals("Tillit", reread.getCode().getLabelSv());
            assertEquals(System.getProperty("user.name", "coder"), reread.getCoder().getName());
            assertEquals(first, reread.getDocument());
            assertEquals(1, store.documents().get(1).getCodings().size());
            assertEquals(5, store.codingsOf(reread.getCode()).size());
        }
    }

    private static Coding coding(Code code, Coder coder, int start, int end, String memo) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setCoder(coder);
        coding.setStart(start);
        coding.setEnd(end);
        coding.setCreated(new Date());
        coding.setMemo(memo);
        return coding;
    }

    @Test
    void everyImportedDocumentGetsACaseOfItsOwn() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            Document added = store.addDocument(interview("Chef Anna.txt", "f".repeat(64)));
            assertEquals(1, store.casesOf(added).size());
            assertEquals("Chef Anna", store.casesOf(added).get(0).getName());
        }
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            assertEquals("Chef Anna", store.casesOf(store.documents().get(0)).get(0).getName(), "persisted");
        }
    }

    @Test
    void attributeChangesLandTogetherAndSurviveReopening() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            Document added = store.addDocument(interview("Chef Anna.txt", "f".repeat(64)));
            AttributeDefinition age = newDefinition("Ålder", AttributeType.NUMBER);
            AttributeDefinition role = store.project().getAttributeDefinitions().get(0);
            store.changeAttributes(new AttributeChanges(List.of(age), List.of(new Assignment(added, age, "52"),
                    new Assignment(store.casesOf(added).get(0), role, "Chef/enhetschef")), List.of()));
            assertEquals("52", store.attribute(added, age).orElseThrow());
        }
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            Document added = store.documents().get(0);
            List<AttributeDefinition> definitions = store.project().getAttributeDefinitions();
            AttributeDefinition age = definitions.get(definitions.size() - 1);
            assertEquals("Ålder", age.getNameSv(), "new definitions come after the existing ones");
            assertEquals(AttributeType.NUMBER, age.getType());
            assertEquals("52", store.attribute(added, age).orElseThrow());
            assertEquals("Chef/enhetschef", store.attribute(store.casesOf(added).get(0), definitions.get(0)).orElseThrow());

            store.changeAttributes(new AttributeChanges(List.of(), List.of(), List.of(age)));
            assertFalse(definitions.contains(age));
            assertTrue(added.getAttributeValues().isEmpty(), "values leave with their definition");
        }
    }

    @Test
    void aFailingAttributeChangeLeavesModelAndDatabaseAsTheyWere() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            Document added = store.addDocument(interview("Chef Anna.txt", "f".repeat(64)));
            int definitionsBefore = store.project().getAttributeDefinitions().size();
            AttributeDefinition note = newDefinition("Anteckning", AttributeType.TEXT);
            // The second value is longer than the database column takes: the whole batch must fail.
            ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.changeAttributes(
                    new AttributeChanges(List.of(note), List.of(new Assignment(added, note, "kort"),
                            new Assignment(store.casesOf(added).get(0), note, "x".repeat(5000))), List.of())));
            assertTrue(e.getMessage().startsWith("Changing attributes failed"), e.getMessage());
            assertEquals(definitionsBefore, store.project().getAttributeDefinitions().size());
            assertTrue(added.getAttributeValues().isEmpty());
        }
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            assertTrue(store.project().getAttributeDefinitions().stream().noneMatch(d -> "Anteckning".equals(d.getNameSv())));
            assertTrue(store.documents().get(0).getAttributeValues().isEmpty());
        }
    }

    private static AttributeDefinition newDefinition(String name, AttributeType type) {
        AttributeDefinition definition = TillitFactory.eINSTANCE.createAttributeDefinition();
        definition.setGuid(UUID.randomUUID().toString());
        definition.setNameSv(name);
        definition.setNameEn(name);
        definition.setType(type);
        return definition;
    }

    @Test
    void severalDocumentsAreStoredTogetherOrNotAtAll() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            List<Document> stored = store.addDocuments(List.of(interview("a.txt", "1".repeat(64)),
                    interview("b.txt", "2".repeat(64))));
            assertEquals(List.of("a.txt", "b.txt"), stored.stream().map(Document::getName).toList());
            assertEquals(2, store.project().getCases().size());

            // The second has the bytes of a stored document: the whole batch is refused.
            ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.addDocuments(
                    List.of(interview("c.txt", "3".repeat(64)), interview("kopia.txt", "1".repeat(64)))));
            assertTrue(e.getMessage().startsWith("Cannot store 2 documents"), e.getMessage());
            assertEquals(stored, store.documents());
            assertEquals(2, store.project().getCases().size());
            try (var originals = Files.list(temp.resolve("p").resolve("originals"))) {
                assertEquals(2, originals.count(), "the refused batch left no copies behind");
            }
        }
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            assertEquals(List.of("a.txt", "b.txt"), store.documents().stream().map(Document::getName).toList());
        }
    }

    @Test
    void aDocumentWithMoreLinesThanTheStoreKeepsIsRefusedWithAdvice() throws Exception {
        String text = "IP: Ja.\n".repeat(69_999) + "IP: Ja.";
        Path original = Files.writeString(temp.resolve("bok.txt"), text, StandardCharsets.UTF_8);
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.addDocument(
                    new NewDocument("bok.txt", original, "text/plain", "d".repeat(64), text, Map.of())));
            assertEquals("'bok.txt' has 70000 lines; Tillit keeps line numbers for at most 65536 lines per document: "
                    + "split it into parts and import those", e.getMessage());
            assertTrue(store.documents().isEmpty());
        }
    }

    @Test
    void theSameFileCannotBeStoredTwiceAndTheProjectIsUnchanged() throws Exception {
        try (ProjectStore store = stores.open(temp.resolve("p"))) {
            store.addDocument(interview("a.txt", "b".repeat(64)));
            ProjectStoreException e = assertThrows(ProjectStoreException.class,
                    () -> store.addDocument(interview("copy.txt", "b".repeat(64))));
            assertTrue(e.getMessage().contains("copy.txt"), e.getMessage());
            assertEquals(1, store.documents().size());
            assertEquals(TEXT, store.text(store.documents().get(0)));
        }
    }

    @Test
    void aProjectOpenElsewhereIsRefusedWithAMessage() throws Exception {
        Path folder = temp.resolve("p");
        try (ProjectStore first = stores.open(folder)) {
            ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.open(folder));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            assertEquals(9, first.codebook().getCodes().size(), "the first one still works");
        }
    }

    @Test
    void openExistingNeverCreatesAProject() throws Exception {
        Path missing = temp.resolve("typo");
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.openExisting(missing));
        assertTrue(e.getMessage().startsWith("There is no Tillit project in "), e.getMessage());
        assertFalse(Files.exists(missing));
        stores.open(temp.resolve("p")).close();
        try (ProjectStore store = stores.openExisting(temp.resolve("p"))) {
            assertEquals(9, store.codebook().getCodes().size());
        }
    }

    @Test
    void aFolderWithOtherFilesIsNotTakenForAProject() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("thesis"));
        Files.writeString(folder.resolve("chapter1.docx"), "not ours");
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.open(folder));
        assertTrue(e.getMessage().contains("is not a Tillit project"), e.getMessage());
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "nothing was written into the folder");
        }
    }

    @Test
    void aDamagedDatabaseFileGetsOneClearMessageAndIsLeftAsItWas() throws Exception {
        Path folder = temp.resolve("p");
        stores.open(folder).close();
        Path database = folder.resolve("tillit.mv.db");
        byte[] damaged = Files.readAllBytes(database);
        for (int i = 0; i < damaged.length; i += 7) {
            damaged[i] = (byte) (damaged[i] ^ 0x5A);
        }
        Files.write(database, damaged);
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> stores.open(folder));
        assertTrue(e.getMessage().startsWith("The project database in " + folder), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertArrayEquals(damaged, Files.readAllBytes(database), "nothing on disk changed");
        try (var files = Files.list(folder)) {
            assertEquals(List.of("tillit.mv.db"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }
}
