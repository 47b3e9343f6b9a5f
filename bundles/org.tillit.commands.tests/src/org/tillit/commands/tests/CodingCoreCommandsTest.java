package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodingCodeCommand;
import org.tillit.commands.EditMemoCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.InVivoCodeCommand;
import org.tillit.commands.ReplaceAllCommand;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.CoderIdentity;

/**
 * The coding editor's commands: applying that joins codings, changing a coding's code, in vivo
 * codes, editing the text and replacing a name everywhere. Each executes, undoes and redoes, and
 * after each step the model and the database hold the same.
 */
class CodingCoreCommandsTest extends ProjectTestCase {

    /** Code points: an emoji, CJK outside the BMP and a combining accent before the coded words. */
    static final String UNICODE = "😀 Vi har 𠀀 tillit, cafe\u0301 och för lite tid.\nIP: Åsa säger nej.";

    private Coding apply(Document document, Code code, int start, int end) {
        ApplyCodeCommand apply = new ApplyCodeCommand(p.store, document, code, start, end);
        p.stack.execute(apply);
        return apply.coding();
    }

    private static String ranges(Document document) {
        return document.getCodings().stream().map(c -> c.getCode().getLabelSv() + " " + c.getStart() + "-" + c.getEnd())
                .toList().toString();
    }

    /** Undo gives back exactly the before, redo exactly the after, in the model and the database. */
    private void undoAndRedoAreExact(List<String> before) throws Exception {
        List<String> after = p.snapshotBothWays();
        p.stack.undo();
        assertEquals(before, p.snapshotBothWays(), "after undo");
        p.stack.redo();
        assertEquals(after, p.snapshotBothWays(), "after redo");
    }

    @Test
    void applyingJoinsTheCodingsOfTheSameCodeAndCoderThatItOverlapsOrTouches() throws Exception {
        Code support = p.code("Stöd");
        Coding first = apply(p.interview, support, 0, 5);
        apply(p.interview, support, 10, 15);
        apply(p.interview, support, 30, 40);
        apply(p.interview, p.code("Tillit"), 3, 8);
        p.stack.execute(new EditMemoCommand(p.store, first, "Första."));
        p.stack.execute(new EditMemoCommand(p.store, p.interview.getCodings().get(2), "Andra."));
        List<String> before = p.snapshotBothWays();

        ApplyCodeCommand joining = new ApplyCodeCommand(p.store, p.interview, support, 5, 10);
        p.stack.execute(joining);

        assertSame(first, joining.coding(), "the first of the joined codings stays");
        assertEquals("[Stöd 0-15, Tillit 3-8, Stöd 30-40]", ranges(p.interview));
        assertEquals("Första.\n\nAndra.", first.getMemo(), "the memos of the joined codings are kept");
        assertEquals(2, p.store.codingCount(support));
        undoAndRedoAreExact(before);
    }

    @Test
    void aRangeInsideACodingOfTheSameCodeAddsNothingAndOtherCodersAreNotJoined() throws Exception {
        Code support = p.code("Stöd");
        Coding mine = apply(p.interview, support, 0, 20);
        ApplyCodeCommand inside = new ApplyCodeCommand(p.store, p.interview, support, 5, 10);
        p.stack.execute(inside);
        assertSame(mine, inside.coding());
        assertEquals("[Stöd 0-20]", ranges(p.interview));
        p.store.useCoder(new CoderIdentity("Bo Kollega"));
        Coding theirs = apply(p.interview, support, 10, 30);
        assertNotEquals(mine, theirs);
        assertEquals("[Stöd 0-20, Stöd 10-30]", ranges(p.interview), "another coder's reading stays their own");
    }

    @Test
    void changingTheCodeOfACodingJoinsItWithTheNewCodesCodings() throws Exception {
        Code support = p.code("Stöd");
        Coding trust = apply(p.interview, p.code("Tillit"), 3, 8);
        apply(p.interview, support, 8, 12);
        apply(p.interview, support, 20, 25);
        List<String> before = p.snapshotBothWays();

        p.stack.execute(new ChangeCodingCodeCommand(p.store, trust, support));

        assertEquals("[Stöd 3-12, Stöd 20-25]", ranges(p.interview));
        assertSame(support, trust.getCode(), "the coding the user changed is the one that stays");
        assertEquals("Undo Change the code of a coding to 'Stöd'", p.stack.undoLabel());
        undoAndRedoAreExact(before);
    }

    @Test
    void anInVivoCodeIsNamedWithTheSelectedWordsAndCodesThem() throws Exception {
        Code principles = p.code("Principer");
        String text = p.store.text(p.interview);
        int start = text.indexOf("tillit");
        int end = text.indexOf(" tid") + 4;
        p.store.currentCoder(); // the coder is made on first use and stays: not part of the command
        List<String> before = p.snapshotBothWays();

        InVivoCodeCommand inVivo = new InVivoCodeCommand(p.store, p.interview, principles, start, end);
        p.stack.execute(inVivo);

        Code code = inVivo.code();
        assertEquals("tillit men för lite tid", code.getLabelSv());
        assertEquals("tillit men för lite tid", code.getLabelEn());
        assertSame(principles, code.getParent());
        assertSame(code, principles.getChildren().get(principles.getChildren().size() - 1));
        assertEquals(principles.getColor(), code.getColor());
        assertEquals(start + "-" + end, inVivo.coding().getStart() + "-" + inVivo.coding().getEnd());
        assertEquals("Undo In vivo code 'tillit men för lite tid'", p.stack.undoLabel());
        undoAndRedoAreExact(before);
    }

    @Test
    void inVivoLabelsCollapseSpacesAndLongSelectionsAreCut() throws Exception {
        String words = "Det är   så här:\nvi har tillit till varandra men inte tid att göra allt som ska göras här";
        Document document = p.addDocument(temp, "lang.txt", words);
        InVivoCodeCommand inVivo = new InVivoCodeCommand(p.store, document, null, 0, document.getLength());
        p.stack.execute(inVivo);
        String label = inVivo.code().getLabelSv();
        assertTrue(label.startsWith("Det är så här: vi har tillit"), label);
        assertTrue(label.endsWith("…") && label.length() <= 60, label);
        assertSame(p.store.codebook(), inVivo.code().eContainer(), "no parent: at the top level");
        assertThrows(IllegalArgumentException.class, () -> new InVivoCodeCommand(p.store, document, null, 6, 9));
    }

    @Test
    void editingTheTextMovesItsCodingsAndUndoBringsBackExactlyTheOldOnes() throws Exception {
        Document document = p.addDocument(temp, "unicode.txt", UNICODE);
        Code support = p.code("Stöd");
        Code trust = p.code("Tillit");
        apply(document, support, 0, 3); // "😀 V": before the edit
        apply(document, trust, 9, 15); // "𠀀 till": over the edit's start
        Coding word = apply(document, support, 11, 17); // "tillit": the edited word
        p.stack.execute(new EditMemoCommand(p.store, word, "Ordet självt."));
        apply(document, p.code("Kunskap"), 12, 28); // "illit, cafe\u0301 och": over the edit's end
        apply(document, p.code("Öppenhet"), 19, 29); // "cafe\u0301 och ": after it
        List<String> before = p.snapshotBothWays();

        EditTextCommand edit = new EditTextCommand(p.store, document, 11, 17, "förtroende");
        p.stack.execute(edit);

        assertEquals("😀 Vi har 𠀀 förtroende, cafe\u0301 och för lite tid.\nIP: Åsa säger nej.", p.store.text(document));
        assertEquals("[Stöd 0-3, Tillit 9-11, Stöd 11-21, Kunskap 21-32, Öppenhet 23-33]", ranges(document));
        assertEquals(List.of(), edit.removedCodings(), "a coding of exactly the replaced word covers the new word");
        assertEquals("Undo Edit the text of 'unicode.txt'", p.stack.undoLabel());
        undoAndRedoAreExact(before);

        p.stack.undo();
        EditTextCommand deletion = new EditTextCommand(p.store, document, 10, 18, "");
        p.stack.execute(deletion);
        assertEquals(1, deletion.removedCodings().size());
        assertEquals("tillit", deletion.removedCodings().get(0).text());
        assertSame(word, deletion.removedCodings().get(0).coding());
        assertEquals("[Stöd 0-3, Tillit 9-10, Kunskap 10-20, Öppenhet 11-21]", ranges(document));
        p.stack.undo();
        assertEquals(before, p.snapshotBothWays(), "the removed coding back with its guid, coder, time and memo");
    }

    @Test
    void replacingANameEverywhereCountsWholeWordsWithSwedishLetters() throws Exception {
        Document other = p.addDocument(temp, "andra.txt", "Åsa och Åsas chef. ÅSA-gruppen, påsar.\nIP: åsa");
        Document document = p.addDocument(temp, "unicode.txt", UNICODE);
        Coding name = apply(document, p.code("Stöd"), 47, 50); // "Åsa"
        apply(document, p.code("Tillit"), 43, 56); // "IP: Åsa säger"
        apply(other, p.code("Kunskap"), 1, 10); // "sa och Ås": from inside one name into the next
        apply(other, p.code("Öppenhet"), 19, 22); // "ÅSA"
        List<String> before = p.snapshotBothWays();

        ReplaceAllCommand replace = new ReplaceAllCommand(p.store, "åsa", "[namn]", true, true);
        p.stack.execute(replace);

        assertEquals(4, replace.count(), "Åsa, ÅSA, åsa twice; not Åsas, not påsar");
        assertEquals("[namn] och Åsas chef. [namn]-gruppen, påsar.\nIP: [namn]", p.store.text(other));
        assertTrue(p.store.text(document).endsWith("IP: [namn] säger nej."));
        assertEquals("Stöd 47-53", name.getCode().getLabelSv() + " " + name.getStart() + "-" + name.getEnd());
        assertEquals(List.of(), replace.removedCodings());
        undoAndRedoAreExact(before);

        p.stack.undo();
        ReplaceAllCommand caseMatters = new ReplaceAllCommand(p.store, "Åsa", "", false, false);
        p.stack.execute(caseMatters);
        assertEquals(3, caseMatters.count(), "Åsa twice and inside Åsas; case kept apart");
        assertEquals(1, caseMatters.removedCodings().size(), "the coding of the name alone is gone with it");
        assertEquals("Åsa", caseMatters.removedCodings().get(0).text());
        p.stack.undo();
        assertEquals(before, p.snapshotBothWays());
    }
}
