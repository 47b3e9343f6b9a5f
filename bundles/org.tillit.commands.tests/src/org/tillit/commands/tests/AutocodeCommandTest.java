package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tillit.commands.AutocodeCommand;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.codebook.Language;
import org.tillit.query.Autocoding;
import org.tillit.query.CodePaths;
import org.tillit.query.Extension;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.query.TextSpan;

/** Autocoding: search hits or a speaker's turns coded as one undoable step, with a new code path if need be. */
class AutocodeCommandTest extends ProjectTestCase {

    private List<TextSpan> sentencesWith(String word) {
        return Autocoding.spans(p.store, TextSearch.search(p.store, SearchSpec.of(word)), Extension.SENTENCE);
    }

    @Test
    void hitsIntoANewCodePathAsOneStep() throws Exception {
        int codesBefore = p.storedCount(Code.class);
        AutocodeCommand autocode = new AutocodeCommand(p.store, "Autokodat/Tillit i svaren", sentencesWith("tillit"));
        p.stack.execute(autocode);

        assertEquals(1, autocode.codingCount());
        assertTrue(autocode.createdCodes());
        assertEquals("Autokodat/Tillit i svaren", CodePaths.of(autocode.code(), Language.SV));
        Coding coding = p.interview.getCodings().get(0);
        int start = ProjectFixture.INTERVIEW.indexOf("Vi har");
        assertEquals(List.of(start, ProjectFixture.INTERVIEW.length()), List.of(coding.getStart(), coding.getEnd()),
                "the sentence of the hit");
        assertEquals(codesBefore + 2, p.storedCount(Code.class));
        assertEquals(1, p.storedCount(Coding.class));
        assertEquals("Undo Autocode 1 segments with 'Autokodat/Tillit i svaren'", p.stack.undoLabel());

        p.stack.undo();
        assertEquals(codesBefore, p.storedCount(Code.class));
        assertEquals(0, p.storedCount(Coding.class));
        assertTrue(p.interview.getCodings().isEmpty());
        assertFalse(p.store.codebook().getCodes().stream().anyMatch(c -> "Autokodat".equals(c.getLabelSv())));

        p.stack.redo();
        assertEquals(codesBefore + 2, p.storedCount(Code.class));
        assertSame(coding, p.interview.getCodings().get(0));
        assertEquals(1, p.persisted(db -> db.codingsOf(autocode.code()).size()));
    }

    @Test
    void aSpeakersTurnsWithAnExistingCodeAndNoCodingTwice() throws Exception {
        Code support = p.code("Stöd");
        String path = CodePaths.of(support, Language.SV);
        p.stack.execute(new AutocodeCommand(p.store, path, Autocoding.turnsOf(p.store, "IP")));
        assertEquals(1, p.storedCount(Coding.class));
        AutocodeCommand again = new AutocodeCommand(p.store, path,
                Autocoding.turnsOf(p.store, "ip").stream().toList());
        p.stack.execute(again);
        assertEquals(0, again.codingCount(), "the turn is coded with it already");
        assertFalse(again.createdCodes());
        Coding turn = p.interview.getCodings().get(0);
        assertEquals(ProjectFixture.INTERVIEW.indexOf("IP:"), turn.getStart());
    }

    @Test
    void aGroupIsRefused() {
        Code group = p.store.codebook().getCodes().get(0);
        assertFalse(group.isCodable());
        AutocodeCommand autocode = new AutocodeCommand(p.store, CodePaths.of(group, Language.SV), sentencesWith("tillit"));
        assertThrows(IllegalArgumentException.class, () -> p.stack.execute(autocode));
        assertEquals(null, p.stack.getUndoCommand());
    }
}
