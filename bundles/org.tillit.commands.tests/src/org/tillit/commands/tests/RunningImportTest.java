package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ImportDocumentsCommand;
import org.tillit.model.Document;
import org.tillit.store.NewDocument;

/**
 * An import is on the stack from its start: what the user changes while it runs comes after it
 * and is undone first; the import cannot be undone until it ends; one that brought nothing leaves.
 */
class RunningImportTest extends ProjectTestCase {

    @Test
    void changesMadeDuringAnImportAreUndoneBeforeIt() throws Exception {
        ImportDocumentsCommand importing = ImportDocumentsCommand.running(p.store);
        p.stack.pushExecuted(importing);
        assertFalse(p.stack.canUndo(), "a running import cannot be undone");

        List<Document> arrived = p.store.addDocuments(List.of(document("a.txt", "Första."), document("b.txt", "Andra.")));
        AddCodeCommand add = new AddCodeCommand(p.store, null, 0, "Under importen", "During the import", "#123456");
        p.stack.execute(add);
        assertEquals("Undo Add code 'Under importen'", p.stack.undoLabel());
        p.stack.undo();
        assertFalse(p.stack.canUndo(), "still running: the import waits");

        p.stack.importFinished(importing, arrived);
        assertEquals("Undo Import 2 documents", p.stack.undoLabel());
        assertTrue(p.stack.canRedo(), "the code added meanwhile can still be redone after the import");
        p.stack.undo();
        assertEquals(List.of(p.interview), p.store.documents());
        p.stack.redo();
        assertEquals(3, p.store.documents().size());
        assertEquals("Redo Add code 'Under importen'", p.stack.redoLabel());
    }

    @Test
    void anImportThatBroughtNothingLeavesTheStack() throws Exception {
        AddCodeCommand add = new AddCodeCommand(p.store, null, 0, "Före", "Before", "#123456");
        p.stack.execute(add);
        ImportDocumentsCommand importing = ImportDocumentsCommand.running(p.store);
        p.stack.pushExecuted(importing);
        p.stack.importFinished(importing, List.of());
        assertEquals("Undo Add code 'Före'", p.stack.undoLabel());
        p.stack.undo();
        assertFalse(p.stack.canUndo());
    }

    private NewDocument document(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new NewDocument(name, file, "text/plain", String.format("%064x", name.hashCode() & 0xffffffffL),
                text, Map.of());
    }
}
