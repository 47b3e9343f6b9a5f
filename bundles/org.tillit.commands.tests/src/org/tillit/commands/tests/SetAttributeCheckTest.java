package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tillit.commands.SetAttributeCommand;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.attributes.ValueProblem;

/** A value is checked and stored in its one form before the command runs; a bad one changes nothing. */
class SetAttributeCheckTest extends ProjectTestCase {

    private AttributeDefinition attribute(String nameEn) {
        return p.store.project().getAttributeDefinitions().stream().filter(d -> nameEn.equals(d.getNameEn()))
                .findFirst().orElseThrow();
    }

    @Test
    void aValueIsStoredAsTheAttributeSpellsIt() throws Exception {
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, attribute("Role"), "chef"));
        assertEquals("Chef/enhetschef", p.store.attribute(p.interview, attribute("Role")).orElseThrow());
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, attribute("Interview date"), "2024-03-18T10:15"));
        assertEquals("2024-03-18", p.store.attribute(p.interview, attribute("Interview date")).orElseThrow());
    }

    @Test
    void aValueThatDoesNotFitIsRefusedWithItsReason() throws Exception {
        ValueProblem problem = assertThrows(ValueProblem.class,
                () -> new SetAttributeCommand(p.store, p.interview, attribute("Interview date"), "i våras"));
        assertTrue(problem.getMessage().contains("i våras"), problem.getMessage());
        assertFalse(p.stack.canUndo());
        assertEquals(0, p.storedCount(AttributeValue.class), "nothing stored");
    }

    @Test
    void blankClearsTheValue() throws Exception {
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, attribute("Role"), "Medarbetare"));
        p.stack.execute(new SetAttributeCommand(p.store, p.interview, attribute("Role"), "  "));
        assertTrue(p.store.attribute(p.interview, attribute("Role")).isEmpty());
        p.stack.undo();
        assertEquals("Medarbetare", p.store.attribute(p.interview, attribute("Role")).orElseThrow());
    }
}
