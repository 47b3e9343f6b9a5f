package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.CommandFailedException;
import org.tillit.commands.RemoveCodingCommand;
import org.tillit.commands.ResizeCodingCommand;
import org.tillit.model.Code;
import org.tillit.model.Coding;

/** Coding commands: execute, undo, redo and what the database holds after each. */
class CodingCommandsTest extends ProjectTestCase {

    /** The coding's range as the database holds it ("start-end"); null when the coding is not there. */
    private String storedRange(Coding coding) throws Exception {
        return p.persisted(db -> db.find(coding).map(c -> c.getStart() + "-" + c.getEnd()).orElse(null));
    }

    @Test
    void applyCode() throws Exception {
        Code support = p.code("Stöd");
        ApplyCodeCommand apply = new ApplyCodeCommand(p.store, p.interview, support, 8, 14);
        p.stack.execute(apply);
        Coding coding = apply.coding();
        assertEquals("Undo Apply code 'Stöd'", p.stack.undoLabel());
        assertEquals("8-14", storedRange(coding));
        assertEquals(System.getProperty("user.name"), coding.getCoder().getName());
        assertEquals(p.interview, coding.getDocument());

        p.stack.undo();
        assertEquals(null, storedRange(coding));
        assertTrue(p.interview.getCodings().isEmpty());

        p.stack.redo();
        assertEquals("8-14", storedRange(coding));
        assertEquals(1, p.interview.getCodings().size());
    }

    @Test
    void removeCodingKeepsItsIdentityForUndo() throws Exception {
        ApplyCodeCommand apply = new ApplyCodeCommand(p.store, p.interview, p.code("Tillit"), 0, 5);
        p.stack.execute(apply);
        p.stack.execute(new RemoveCodingCommand(p.store, apply.coding()));
        assertEquals(0, p.storedCount(Coding.class));
        p.stack.undo();
        assertEquals("0-5", storedRange(apply.coding()));
        assertEquals(p.interview, apply.coding().getDocument());
        p.stack.redo();
        assertEquals(0, p.storedCount(Coding.class));
    }

    @Test
    void resizeCoding() throws Exception {
        ApplyCodeCommand apply = new ApplyCodeCommand(p.store, p.interview, p.code("Tillit"), 0, 5);
        p.stack.execute(apply);
        p.stack.execute(new ResizeCodingCommand(p.store, apply.coding(), 2, 30));
        assertEquals("2-30", storedRange(apply.coding()));
        p.stack.undo();
        assertEquals("0-5", storedRange(apply.coding()));
        assertEquals(5, apply.coding().getEnd());
        p.stack.redo();
        assertEquals("2-30", storedRange(apply.coding()));
    }

    @Test
    void aRangeOutsideTheDocumentIsRefusedAndNothingIsStored() throws Exception {
        int length = p.interview.getLength();
        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> p.stack.execute(new ApplyCodeCommand(p.store, p.interview, p.code("Tillit"), length - 2, length + 5)));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
        assertEquals(0, p.storedCount(Coding.class));
        assertEquals(null, p.stack.undoLabel(), "a failed command is not on the stack");
    }

    @Test
    void groupsCannotBeAppliedAsCodes() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApplyCodeCommand(p.store, p.interview, p.code("Principer"), 0, 4));
    }
}
