package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeAttributesCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.DeleteDocumentCommand;
import org.tillit.commands.EditMemoCommand;
import org.tillit.commands.ImportDocumentsCommand;
import org.tillit.commands.SetAttributeCommand;
import org.tillit.commands.TypedMemoCommand;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.NewDocument;

/** Attributes, memos, documents, and the stack itself. */
class ProjectCommandsTest extends ProjectTestCase {

    private AttributeDefinition role() {
        return p.store.project().getAttributeDefinitions().stream().filter(d -> "Role".equals(d.getNameEn()))
                .findFirst().orElseThrow();
    }

    /** The role on a document or case as the database holds it. */
    private Optional<String> storedRole(Identified owner) throws Exception {
        AttributeDefinition role = role();
        return p.persisted(db -> db.attribute(owner, role));
    }

    @Test
    void setAttributeOnADocument() throws Exception {
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, role(), "Medarbetare"));
        assertEquals("Undo Set Roll to 'Medarbetare'", p.stack.undoLabel());
        assertEquals(Optional.of("Medarbetare"), storedRole(p.interview));
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, role(), "Chef/enhetschef"));
        assertEquals("Chef/enhetschef", p.store.attribute(p.interview, role()).orElseThrow());
        p.stack.undo();
        assertEquals(Optional.of("Medarbetare"), storedRole(p.interview));
        p.stack.undo();
        assertEquals(0, p.storedCount(AttributeValue.class), "no value on the document, nor anywhere");
        assertTrue(p.store.attribute(p.interview, role()).isEmpty());
        p.stack.redo();
        assertEquals("Medarbetare", p.store.attribute(p.interview, role()).orElseThrow());
    }

    @Test
    void setAttributeOnTheDocumentsOwnCase() throws Exception {
        Case own = p.store.casesOf(p.interview).get(0);
        assertEquals("intervju", own.getName());
        p.stack.execute(new SetAttributeCommand(p.store, own, role(), "Medarbetare"));
        assertEquals(Optional.of("Medarbetare"), storedRole(own));
        p.stack.undo();
        assertEquals(0, p.storedCount(AttributeValue.class));
    }

    @Test
    void changeAttributesFromASheetIsOneStepToUndoAndRedo() throws Exception {
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, role(), "Medarbetare"));
        Case own = p.store.casesOf(p.interview).get(0);
        AttributeDefinition age = TillitFactory.eINSTANCE.createAttributeDefinition();
        age.setGuid(UUID.randomUUID().toString());
        age.setNameSv("Ålder");
        age.setNameEn("Ålder");
        age.setType(AttributeType.NUMBER);
        int definitions = p.store.project().getAttributeDefinitions().size();

        p.stack.execute(new ChangeAttributesCommand(p.store, "Import attributes from roller.csv", List.of(age),
                List.of(new Assignment(p.interview, role(), "Chef/enhetschef"), new Assignment(p.interview, age, "52"),
                        new Assignment(own, role(), "Chef/enhetschef"))));
        assertEquals("Undo Import attributes from roller.csv", p.stack.undoLabel());
        try (Persisted db = p.persisted()) {
            assertEquals(definitions + 1, db.all(AttributeDefinition.class).size());
            assertEquals(3, db.all(AttributeValue.class).size());
        }
        assertEquals("52", p.store.attribute(p.interview, age).orElseThrow());

        p.stack.undo();
        assertEquals(definitions, p.storedCount(AttributeDefinition.class));
        assertFalse(p.store.project().getAttributeDefinitions().contains(age));
        assertEquals("Medarbetare", p.store.attribute(p.interview, role()).orElseThrow(), "the earlier value is back");
        assertTrue(p.store.attribute(own, role()).isEmpty());
        assertEquals(1, p.storedCount(AttributeValue.class));
        assertEquals("Undo Set Roll to 'Medarbetare'", p.stack.undoLabel());

        p.stack.redo();
        assertTrue(p.store.project().getAttributeDefinitions().contains(age));
        assertEquals("Chef/enhetschef", p.store.attribute(own, role()).orElseThrow());
        try (Persisted db = p.persisted()) {
            assertEquals(Optional.of("52"), db.attribute(p.interview, age));
            assertEquals(3, db.all(AttributeValue.class).size());
        }
    }

    @Test
    void editMemos() throws Exception {
        p.stack.execute(new EditMemoCommand(p.store, p.interview, "Intervjun avbröts efter 40 minuter."));
        p.stack.execute(new EditMemoCommand(p.store, p.store.project(), "Projektets memo"));
        try (Persisted db = p.persisted()) {
            assertEquals("Intervjun avbröts efter 40 minuter.", db.get(p.interview).getMemo());
            assertEquals("Projektets memo", db.project().getMemo());
        }
        p.stack.undo();
        p.stack.undo();
        assertNull(p.persisted(db -> db.get(p.interview).getMemo()));
        assertNull(p.interview.getMemo());
        p.stack.redo();
        assertEquals("Intervjun avbröts efter 40 minuter.", p.interview.getMemo());
    }

    @Test
    void aMemoTypedInTheEditorIsOneStepBackToWhatItWasWhenTheEditorOpened() throws Exception {
        p.store.saveMemo(p.interview, "Första");
        // the memo editor saves as the user types: three drafts, then the editor closes
        for (String draft : new String[] { "Första tanke", "Första tanke om stöd", "Första tanke om stödet" }) {
            p.store.saveMemo(p.interview, draft);
        }
        p.stack.pushExecuted(new TypedMemoCommand(p.store, p.interview, "Första", "Första tanke om stödet"));
        assertEquals("Första tanke om stödet", p.persisted(db -> db.get(p.interview).getMemo()));

        p.stack.undo();
        assertEquals("Första", p.interview.getMemo());
        assertEquals("Första", p.persisted(db -> db.get(p.interview).getMemo()));
        p.stack.redo();
        assertEquals("Första tanke om stödet", p.persisted(db -> db.get(p.interview).getMemo()));
        assertThrows(RuntimeException.class, () -> new TypedMemoCommand(p.store, p.interview, "a", "b").execute(),
                "only recorded, never run");
    }

    @Test
    void deleteDocumentAndUndoRestoresTextCodingsAttributesAndCase() throws Exception {
        p.stack.execute(new ApplyCodeCommand(p.store, p.interview, p.code("Stöd"), 8, 14));
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, role(), "Medarbetare"));
        Case own = p.store.casesOf(p.interview).get(0);
        p.stack.execute(new DeleteDocumentCommand(p.store, p.interview));
        try (Persisted db = p.persisted()) {
            assertEquals(0, db.all(Document.class).size());
            assertEquals(0, db.all(Coding.class).size());
            assertEquals(0, db.all(AttributeValue.class).size());
        }
        assertTrue(p.store.documents().isEmpty());

        p.stack.undo();
        assertEquals(List.of(p.interview), p.store.documents());
        assertEquals(ProjectFixture.INTERVIEW, p.store.text(p.interview));
        assertEquals(List.of(own), p.store.casesOf(p.interview));
        try (Persisted db = p.persisted()) {
            assertEquals(1, db.all(Coding.class).size());
            assertEquals(1, db.all(AttributeValue.class).size());
            assertEquals(Optional.of("Medarbetare"), db.attribute(p.interview, role()));
            assertEquals(List.of(db.get(own)), db.casesOf(p.interview));
            assertEquals(1, db.all(Case.class).stream().mapToInt(c -> c.getDocuments().size()).sum(),
                    "one document in one case");
        }

        p.stack.redo();
        assertEquals(0, p.storedCount(Document.class));
    }

    @Test
    void anImportIsRecordedAfterItRanAndCanBeUndone() throws Exception {
        Path file = temp.resolve("chef.txt");
        Files.writeString(file, "Chefen berättar.", StandardCharsets.UTF_8);
        Document imported = p.store.addDocument(new NewDocument("chef.txt", file, "text/plain", "e".repeat(64),
                "Chefen berättar.", Map.of()));
        p.stack.pushExecuted(new ImportDocumentsCommand(p.store, List.of(imported)));
        assertEquals("Undo Import 'chef.txt'", p.stack.undoLabel());
        p.stack.undo();
        assertFalse(p.store.documents().contains(imported));
        assertEquals(1, p.storedCount(Document.class));
        p.stack.redo();
        assertEquals(2, p.storedCount(Document.class));
        assertEquals("Chefen berättar.", p.store.text(imported));
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughManyCommands() throws Exception {
        var support = p.code("Stöd");
        for (int i = 1; i <= 20; i++) {
            p.stack.execute(ChangeCodeCommand.rename(p.store, support, "Stöd " + i, "Support " + i));
        }
        while (p.stack.canUndo()) {
            p.stack.undo();
        }
        assertEquals("Stöd", p.persisted(db -> db.get(support).getLabelSv()));
        assertNull(p.stack.undoLabel());
        assertEquals("Redo Rename code 'Stöd' to 'Stöd 1'", p.stack.redoLabel());
        for (int i = 0; i < 20; i++) {
            p.stack.redo();
        }
        assertEquals("Stöd 20", support.getLabelSv());
        assertFalse(p.stack.canRedo());
    }
}
