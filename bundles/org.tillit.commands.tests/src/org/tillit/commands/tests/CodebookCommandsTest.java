package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.MoveCodeCommand;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;

/** Every codebook command: execute, undo, redo, and what the database holds after each. */
class CodebookCommandsTest extends ProjectTestCase {

    private String dbLabel(Code code) throws Exception {
        return p.string("SELECT label_sv FROM code WHERE guid = " + ProjectFixture.guidLiteral(code.getGuid()));
    }

    @Test
    void addCode() throws Exception {
        Code group = p.code("Behov av stöd");
        int before = group.getChildren().size();
        AddCodeCommand add = new AddCodeCommand(p.store, group, 0, "Stöd från HR", "Support from HR", "#AACCEE");
        p.stack.execute(add);
        assertSame(add.code(), group.getChildren().get(0));
        assertEquals("Stöd från HR", dbLabel(add.code()));
        assertEquals("Undo Add code 'Stöd från HR'", p.stack.undoLabel());

        p.stack.undo();
        assertEquals(before, group.getChildren().size());
        assertNull(dbLabel(add.code()));

        p.stack.redo();
        assertSame(add.code(), group.getChildren().get(0));
        assertEquals("Stöd från HR", dbLabel(add.code()));
        assertEquals(0, p.count("SELECT position FROM code WHERE guid = " + ProjectFixture.guidLiteral(add.code().getGuid())));
    }

    @Test
    void renameRecolourRedefine() throws Exception {
        Code support = p.code("Stöd");
        String guid = ProjectFixture.guidLiteral(support.getGuid());
        p.stack.execute(ChangeCodeCommand.rename(p.store, support, "Stöttning", "Backing"));
        p.stack.execute(ChangeCodeCommand.recolour(p.store, support, "#123456"));
        p.stack.execute(ChangeCodeCommand.redefine(p.store, support, "Ny definition.", "New definition."));
        assertEquals("Stöttning", dbLabel(support));
        assertEquals("#123456", p.string("SELECT color FROM code WHERE guid = " + guid));
        assertEquals("New definition.", p.string("SELECT definition_en FROM code WHERE guid = " + guid));
        assertEquals("Undo Edit definition of 'Stöttning'", p.stack.undoLabel());

        p.stack.undo();
        p.stack.undo();
        assertEquals("Stöttning", support.getLabelSv());
        assertFalse("#123456".equals(p.string("SELECT color FROM code WHERE guid = " + guid)));
        p.stack.undo();
        assertEquals("Stöd", support.getLabelSv());
        assertEquals("Stöd", dbLabel(support));

        p.stack.redo();
        assertEquals("Stöttning", dbLabel(support));
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
        assertEquals(needs.getGuid(), p.string("SELECT parent_guid FROM code WHERE guid = "
                + ProjectFixture.guidLiteral(support.getGuid())));

        p.stack.undo();
        assertSame(principles, support.getParent());
        assertEquals(oldIndex, principles.getChildren().indexOf(support));
        assertEquals(oldIndex, p.count("SELECT position FROM code WHERE guid = "
                + ProjectFixture.guidLiteral(support.getGuid())));
        assertEquals(principles.getChildren().size(), p.count("SELECT COUNT(DISTINCT position) FROM code WHERE parent_guid = "
                + ProjectFixture.guidLiteral(principles.getGuid())), "positions stay unique");

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
        assertEquals(0, p.count("SELECT COUNT(*) FROM coding"));
        assertNull(dbLabel(support));

        p.stack.undo();
        assertEquals(index, parent.getChildren().indexOf(support));
        assertEquals(placeInSet, setWithSupport.getMembers().indexOf(support));
        assertEquals(2, p.store.codingsOf(support).size());
        assertEquals(2, p.count("SELECT COUNT(*) FROM coding WHERE code_guid = " + ProjectFixture.guidLiteral(support.getGuid())));
        assertEquals(1, p.count("SELECT COUNT(*) FROM code_set_member WHERE code_guid = "
                + ProjectFixture.guidLiteral(support.getGuid()) + " AND set_guid = "
                + ProjectFixture.guidLiteral(setWithSupport.getGuid())));

        p.stack.redo();
        assertEquals(0, p.count("SELECT COUNT(*) FROM coding"));
    }

    @Test
    void deleteAGroupDeletesItsSubCodes() throws Exception {
        Code group = p.code("Kollegial granskning");
        int children = group.getChildren().size();
        assertTrue(children > 0);
        long codes = p.count("SELECT COUNT(*) FROM code");
        p.stack.execute(new DeleteCodeCommand(p.store, group));
        assertEquals(codes - children - 1, p.count("SELECT COUNT(*) FROM code"));
        p.stack.undo();
        assertEquals(codes, p.count("SELECT COUNT(*) FROM code"));
        assertEquals(children, group.getChildren().size());
    }

    @Test
    void mergeMovesCodingsAndSubCodesAndUndoSeparatesThem() throws Exception {
        Code source = p.code("Tillit");
        Code target = p.code("Öppenhet");
        p.stack.execute(new ApplyCodeCommand(p.store, p.interview, source, 3, 9));
        long codes = p.count("SELECT COUNT(*) FROM code");
        p.stack.execute(new MergeCodesCommand(p.store, source, target));
        assertEquals("Undo Merge 'Tillit' into 'Öppenhet'", p.stack.undoLabel());
        assertEquals(1, p.store.codingsOf(target).size());
        assertEquals(1, p.count("SELECT COUNT(*) FROM coding WHERE code_guid = " + ProjectFixture.guidLiteral(target.getGuid())));
        assertEquals(codes - 1, p.count("SELECT COUNT(*) FROM code"));

        p.stack.undo();
        assertEquals(1, p.store.codingsOf(source).size());
        assertEquals(0, p.store.codingsOf(target).size());
        assertEquals(codes, p.count("SELECT COUNT(*) FROM code"));
        assertEquals(1, p.count("SELECT COUNT(*) FROM coding WHERE code_guid = " + ProjectFixture.guidLiteral(source.getGuid())));

        p.stack.redo();
        assertEquals(1, p.store.codingsOf(target).size());
    }
}
