package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.MoveCodeCommand;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;

/** Every codebook command: execute, undo, redo, and what the database holds after each. */
class CodebookCommandsTest extends ProjectTestCase {

    /** The code's Swedish label as the database holds it; null when the code is not there. */
    private String storedLabel(Code code) throws Exception {
        return p.persisted(db -> db.find(code).map(Code::getLabelSv).orElse(null));
    }

    /** Where the database has the code among its siblings. */
    private static int storedIndex(Persisted db, Code code) {
        Code stored = db.get(code);
        return stored.getParent().getChildren().indexOf(stored);
    }

    @Test
    void addCode() throws Exception {
        Code group = p.code("Behov av stöd");
        int before = group.getChildren().size();
        AddCodeCommand add = new AddCodeCommand(p.store, group, 0, "Stöd från HR", "Support from HR", "#AACCEE");
        p.stack.execute(add);
        assertSame(add.code(), group.getChildren().get(0));
        assertEquals("Stöd från HR", storedLabel(add.code()));
        assertEquals("Undo Add code 'Stöd från HR'", p.stack.undoLabel());

        p.stack.undo();
        assertEquals(before, group.getChildren().size());
        assertFalse(p.persisted(db -> db.holds(add.code())));

        p.stack.redo();
        assertSame(add.code(), group.getChildren().get(0));
        try (Persisted db = p.persisted()) {
            assertEquals("Stöd från HR", db.get(add.code()).getLabelSv());
            assertSame(db.get(group), db.get(add.code()).getParent());
            assertEquals(0, storedIndex(db, add.code()));
        }
    }

    @Test
    void renameRecolourRedefine() throws Exception {
        Code support = p.code("Stöd");
        String colour = support.getColor();
        p.stack.execute(ChangeCodeCommand.rename(p.store, support, "Stöttning", "Backing"));
        p.stack.execute(ChangeCodeCommand.recolour(p.store, support, "#123456"));
        p.stack.execute(ChangeCodeCommand.redefine(p.store, support, "Ny definition.", "New definition."));
        try (Persisted db = p.persisted()) {
            assertEquals("Stöttning", db.get(support).getLabelSv());
            assertEquals("#123456", db.get(support).getColor());
            assertEquals("New definition.", db.get(support).getDefinitionEn());
        }
        assertEquals("Undo Edit definition of 'Stöttning'", p.stack.undoLabel());

        p.stack.undo();
        p.stack.undo();
        assertEquals("Stöttning", support.getLabelSv());
        assertEquals(colour, p.persisted(db -> db.get(support).getColor()));
        p.stack.undo();
        assertEquals("Stöd", support.getLabelSv());
        assertEquals("Stöd", storedLabel(support));

        p.stack.redo();
        assertEquals("Stöttning", storedLabel(support));
        assertEquals("Backing", support.getLabelEn());
    }

    @Test
    void moveCodeToAnotherGroupAndBack() throws Exception {
        Code support = p.code("Stöd");
        Code principles = support.getParent();
        Code needs = p.code("Behov av stöd");
        int oldIndex = principles.getChildren().indexOf(support);
        p.stack.execute(new MoveCodeCommand(p.store, support, needs, 0));
        assertSame(needs, support.getParent());
        assertEquals(needs.getGuid(), p.persisted(db -> db.get(support).getParent().getGuid()));

        p.stack.undo();
        assertSame(principles, support.getParent());
        assertEquals(oldIndex, principles.getChildren().indexOf(support));
        try (Persisted db = p.persisted()) {
            assertSame(db.get(principles), db.get(support).getParent());
            assertEquals(oldIndex, storedIndex(db, support));
            // The stored positions give the siblings the order they have in the model.
            List<Code> siblings = principles.getChildren().stream().map(db::get).toList();
            assertEquals(siblings, db.get(principles).getChildren(), "the siblings keep their order");
        }

        p.stack.redo();
        assertSame(needs, support.getParent());
    }

    @Test
    void deleteCodeTakesItsCodingsAndUndoBringsEverythingBack() throws Exception {
        Code support = p.code("Stöd");
        Code parent = support.getParent();
        int index = parent.getChildren().indexOf(support);
        p.stack.execute(new ApplyCodeCommand(p.store, p.interview, support, 0, 10));
        p.stack.execute(new ApplyCodeCommand(p.store, p.interview, support, 12, 20));
        CodeSet setWithSupport = p.store.codebook().getSets().stream().filter(s -> s.getMembers().contains(support))
                .findFirst().orElseThrow();
        int placeInSet = setWithSupport.getMembers().indexOf(support);
        DeleteCodeCommand delete = new DeleteCodeCommand(p.store, support);
        assertEquals(2, delete.codingCount());

        p.stack.execute(delete);
        assertFalse(parent.getChildren().contains(support));
        assertFalse(setWithSupport.getMembers().contains(support));
        try (Persisted db = p.persisted()) {
            assertEquals(0, db.all(Coding.class).size());
            assertFalse(db.holds(support));
        }

        p.stack.undo();
        assertEquals(index, parent.getChildren().indexOf(support));
        assertEquals(placeInSet, setWithSupport.getMembers().indexOf(support));
        assertEquals(2, p.store.codingsOf(support).size());
        try (Persisted db = p.persisted()) {
            assertEquals(2, db.codingsOf(support).size());
            assertEquals(1, Collections.frequency(db.get(setWithSupport).getMembers(), db.get(support)),
                    "the code is in its set once");
        }

        p.stack.redo();
        assertEquals(0, p.storedCount(Coding.class));
    }

    @Test
    void deleteAGroupDeletesItsSubCodes() throws Exception {
        Code group = p.code("Kollegial granskning");
        int children = group.getChildren().size();
        assertTrue(children > 0);
        int codes = p.storedCount(Code.class);
        p.stack.execute(new DeleteCodeCommand(p.store, group));
        assertEquals(codes - children - 1, p.storedCount(Code.class));
        p.stack.undo();
        assertEquals(codes, p.storedCount(Code.class));
        assertEquals(children, group.getChildren().size());
    }

    @Test
    void mergeMovesCodingsAndSubCodesAndUndoSeparatesThem() throws Exception {
        Code source = p.code("Tillit");
        Code target = p.code("Öppenhet");
        p.stack.execute(new ApplyCodeCommand(p.store, p.interview, source, 3, 9));
        int codes = p.storedCount(Code.class);
        p.stack.execute(new MergeCodesCommand(p.store, source, target));
        assertEquals("Undo Merge 'Tillit' into 'Öppenhet'", p.stack.undoLabel());
        assertEquals(1, p.store.codingsOf(target).size());
        try (Persisted db = p.persisted()) {
            assertEquals(1, db.codingsOf(target).size());
            assertEquals(codes - 1, db.all(Code.class).size());
        }

        p.stack.undo();
        assertEquals(1, p.store.codingsOf(source).size());
        assertEquals(0, p.store.codingsOf(target).size());
        try (Persisted db = p.persisted()) {
            assertEquals(codes, db.all(Code.class).size());
            assertEquals(1, db.codingsOf(source).size());
        }

        p.stack.redo();
        assertEquals(1, p.store.codingsOf(target).size());
    }
}
