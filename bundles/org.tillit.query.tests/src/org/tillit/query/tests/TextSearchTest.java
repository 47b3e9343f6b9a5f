package org.tillit.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.tillit.query.ContextSpec;
import org.tillit.query.Hit;
import org.tillit.query.QueryException;
import org.tillit.query.SearchSpec.Mode;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.query.WhereParser;

/** Words, phrases, whole words, case, regular expressions, restricted to documents or attributes; hits with context. */
class TextSearchTest extends StudyTestCase {

    private List<Hit> search(SearchSpec spec) {
        return TextSearch.search(study.store, spec);
    }

    @Test
    void wordsPhrasesAndWholeWords() {
        assertEquals(8, search(SearchSpec.of("stödet")).size());
        assertEquals(8, search(SearchSpec.of("stöd")).size());
        assertEquals(0, search(SearchSpec.of("stöd").wholeWord(true)).size());
        assertEquals(8, search(SearchSpec.of("stödet").wholeWord(true)).size());
        assertEquals(3, search(SearchSpec.of("tillit resurser").mode(Mode.WORDS)).size(), "any of the words");
        List<Hit> phrase = search(SearchSpec.of("saknar   resurser").mode(Mode.PHRASE));
        assertEquals(1, phrase.size());
        Hit hit = phrase.get(0);
        assertEquals("saknar resurser", hit.text());
        assertEquals("chef2.txt", hit.documentName());
        assertEquals(2, hit.line());
        assertEquals("IP", hit.speaker());
        assertEquals(List.of("chef2"), hit.cases());
    }

    @Test
    void caseAndRegularExpressions() {
        assertEquals(3, search(SearchSpec.of("Kontroll").caseSensitive(true)).size());
        assertEquals(6, search(SearchSpec.of("[Kk]ontroll\\w*").mode(Mode.REGEX)).size());
        String bad = assertThrows(QueryException.class, () -> search(SearchSpec.of("(").mode(Mode.REGEX))).getMessage();
        assertTrue(bad.startsWith("'(' is not a valid regular expression"), bad);
    }

    @Test
    void restrictedAndWithContextInCodePoints() {
        var definitions = study.store.read(p -> List.copyOf(p.getAttributeDefinitions()));
        assertEquals(4, search(SearchSpec.of("stödet").where(WhereParser.parse("roll=Chef", definitions))).size());
        assertEquals(1, search(SearchSpec.of("stödet").in(List.of(study.okand))).size());
        Hit ibland = search(SearchSpec.of("ibland").context(ContextSpec.characters(3))).get(0);
        assertEquals(StudyProject.at(StudyProject.MED1, "ibland"), ibland.start(), "after a character outside the BMP");
        assertEquals(" \uD83D\uDE00 ibland.", ibland.context());
        assertEquals(3, ibland.startInContext(), "code points before the hit in its context");
        assertEquals("ibland", ibland.context().substring(ibland.context().offsetByCodePoints(0, ibland.startInContext()),
                ibland.context().offsetByCodePoints(0, ibland.startInContext() + ibland.characters())));
        assertEquals("IP: Kontrollen känns tung \uD83D\uDE00 ibland.",
                search(SearchSpec.of("ibland").context(ContextSpec.TURN)).get(0).context());
    }

    @Test
    void progressPerDocumentAndACancelEndsTheSearch() {
        int[] worked = { 0 };
        NullProgressMonitor counting = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                worked[0] += work;
            }
        };
        assertEquals(search(SearchSpec.of("stödet")), TextSearch.search(study.store, SearchSpec.of("stödet"), counting));
        assertTrue(worked[0] > 0, "progress reported");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> TextSearch.search(study.store, SearchSpec.of("stödet"), cancelled));
    }
}
