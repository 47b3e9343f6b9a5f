package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.CooccurrenceView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher asks which principles are found together: overlapping, in one paragraph, in one
 * speaker turn, a few characters apart; a cell lists its pairs, a pair opens the interview.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CooccurrenceUiTest {

    static final String CHEF = "chef-anna.txt";
    static final String MEDARBETARE = "medarbetare-bo.txt";
    // Paragraphs are separated by empty lines; a turn runs from its speaker label to the next one.
    // So the manager's second turn holds two paragraphs, and her last paragraph two turns.
    static final List<String> CHEF_LINES = List.of("I: Hur fick ni stöd när reformen började?",
            "IP: Vi fick stöd av en processledare under första året, och det byggde tillit i gruppen.", "",
            "Efter ett tag kunde vi planera längre än till nästa budget.", "", "I: Och kunskapen?",
            "IP: Vi lärde oss mycket av varandra.");
    static final List<String> MEDARBETARE_LINES = List.of("I: Märker du något av tillitsreformen?",
            "IP: Vi får bestämma mer själva i hemtjänsten, men tiden räcker inte.");

    static final String STOD = "Principer/Stöd";
    static final String LANGSIKTIGHET = "Principer/Långsiktighet";
    static final String TILLIT = "Principer/Tillit";
    static final String HANDLINGSUTRYMME = "Principer/Handlingsutrymme";
    static final String OPPENHET = "Principer/Öppenhet";
    static final String KUNSKAP = "Principer/Kunskap";

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importAndCode() throws Exception {
        CodedInterviews interviews = new CodedInterviews(new UiBot());
        interviews.importTexts(files, List.of(CHEF, MEDARBETARE), List.of(CHEF_LINES, MEDARBETARE_LINES));
        interviews.code(CHEF, STOD, "stöd av en processledare");
        interviews.code(CHEF, LANGSIKTIGHET, "Vi fick stöd av en processledare under första året");
        interviews.code(CHEF, TILLIT, "det byggde tillit i gruppen");
        interviews.code(CHEF, HANDLINGSUTRYMME, "planera längre än till nästa budget");
        interviews.code(CHEF, OPPENHET, "Och kunskapen");
        interviews.code(CHEF, KUNSKAP, "lärde oss mycket av varandra");
        interviews.code(MEDARBETARE, HANDLINGSUTRYMME, "Vi får bestämma mer själva");
        interviews.code(MEDARBETARE, STOD, "tiden räcker inte");
    }

    @Test
    @Order(1)
    void theSelectedCodeAndItsSubCodesAreTheRowsAndColumns() {
        CooccurrenceView view = window.cooccurrence();
        view.scope("Selected code and sub-codes");
        assertEquals("Select a code in the Codebook view", view.code());
        window.codebook().select("Principer");
        bot.waitUntil(Condition.of("the principles as rows", () -> view.codes().size() == 9));
        assertEquals("Principer", view.codes().get(0));
        assertTrue(view.codes().containsAll(List.of(STOD, LANGSIKTIGHET, TILLIT, HANDLINGSUTRYMME, OPPENHET, KUNSKAP)),
                view.codes().toString());
        assertEquals("–", view.cell(STOD, STOD), "a code with itself is not counted");
        assertEquals(List.of("Principer", "Tillit"), view.columnHeaders().subList(0, 2), "columns by the codes' own labels");
        assertTrue(view.columnHeaders().contains("Stöd"), view.columnHeaders().toString());
    }

    @Test
    @Order(2)
    void inTheSameTurnCountsPairsAndTheirDocuments() {
        CooccurrenceView view = window.cooccurrence();
        view.proximity("in the same speaker turn");
        view.showDocuments(true);
        view.waitUntilCell(STOD, HANDLINGSUTRYMME, "2 (2 doc.)");
        assertEquals("1 (1 doc.)", view.cell(STOD, LANGSIKTIGHET));
        assertEquals("1 (1 doc.)", view.cell(STOD, TILLIT));
        assertEquals("1 (1 doc.)", view.cell(TILLIT, HANDLINGSUTRYMME));
        assertEquals("0", view.cell(OPPENHET, KUNSKAP), "the question and its answer are two turns");
        assertEquals(view.cell(HANDLINGSUTRYMME, STOD), view.cell(STOD, HANDLINGSUTRYMME), "the matrix is symmetric");
        view.showDocuments(false);
        view.waitUntilCell(STOD, HANDLINGSUTRYMME, "2");
        view.showDocuments(true);
    }

    @Test
    @Order(3)
    void overlappingOnlyTheCodingsThatShareText() {
        CooccurrenceView view = window.cooccurrence();
        view.proximity("they overlap");
        view.waitUntilCell(STOD, HANDLINGSUTRYMME, "0");
        assertEquals("1 (1 doc.)", view.cell(STOD, LANGSIKTIGHET));
        assertEquals("0", view.cell(STOD, TILLIT));
        assertEquals("0", view.cell(LANGSIKTIGHET, TILLIT));
    }

    @Test
    @Order(4)
    void inTheSameParagraphTheEmptyLinesDecide() {
        CooccurrenceView view = window.cooccurrence();
        view.proximity("in the same paragraph");
        view.waitUntilCell(OPPENHET, KUNSKAP, "1 (1 doc.)");
        assertEquals("1 (1 doc.)", view.cell(STOD, TILLIT));
        assertEquals("1 (1 doc.)", view.cell(STOD, HANDLINGSUTRYMME), "only the employee's: her answer is one paragraph");
        assertEquals("0", view.cell(TILLIT, HANDLINGSUTRYMME), "an empty line between them");
    }

    @Test
    @Order(5)
    void withinNCharactersCountsTheCharactersBetween() {
        CooccurrenceView view = window.cooccurrence();
        assertFalse(view.charactersEnabled(), "n only for 'within n characters'");
        view.proximity("at most n characters apart");
        assertTrue(view.charactersEnabled());
        view.characters(10);
        // ", och " (6 characters) lies between Långsiktighet and Tillit; " under första året, och " (24) after Stöd.
        view.waitUntilCell(LANGSIKTIGHET, TILLIT, "1 (1 doc.)");
        assertEquals("0", view.cell(STOD, TILLIT));
        assertEquals("1 (1 doc.)", view.cell(STOD, LANGSIKTIGHET), "overlapping is within any n");
        view.characters(24);
        view.waitUntilCell(STOD, TILLIT, "1 (1 doc.)");
        view.characters(23);
        view.waitUntilCell(STOD, TILLIT, "0");
    }

    @Test
    @Order(6)
    void aCellListsExactlyItsPairs() {
        CooccurrenceView view = window.cooccurrence();
        view.proximity("in the same speaker turn");
        view.waitUntilCell(STOD, HANDLINGSUTRYMME, "2 (2 doc.)");
        view.selectCell(STOD, HANDLINGSUTRYMME);
        view.waitUntilPairs(2);
        assertEquals(List.of(List.of(CHEF, "2–4", "stöd av en processledare", "planera längre än till nästa budget"),
                List.of(MEDARBETARE, "2", "tiden räcker inte", "Vi får bestämma mer själva")), view.pairs());
        view.selectCell(OPPENHET, KUNSKAP);
        view.waitUntilPairs(0);
        view.selectCell(TILLIT, STOD);
        view.waitUntilPairs(1);
        assertEquals(List.of(List.of(CHEF, "2", "det byggde tillit i gruppen", "stöd av en processledare")), view.pairs());
        Screenshots.capture(bot, "cooccurrence-view");
    }

    @Test
    @Order(7)
    void aDoubleClickOnAPairOpensTheInterviewAtTheFirstSegment() {
        CooccurrenceView view = window.cooccurrence();
        view.selectCell(STOD, HANDLINGSUTRYMME);
        view.waitUntilPairs(2);
        view.open(1);
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of(MEDARBETARE + " with the Stöd coding selected",
                () -> editor.title().startsWith(MEDARBETARE) && "tiden räcker inte".equals(editor.selectedText())));
    }

    @Test
    @Order(8)
    void aNewCodingIsCountedWithoutAsking() throws Exception {
        CooccurrenceView view = window.cooccurrence();
        view.proximity("they overlap");
        view.waitUntilCell(STOD, TILLIT, "0");
        new CodedInterviews(bot).code(CHEF, TILLIT, "processledare");
        view.waitUntilCell(STOD, TILLIT, "1 (1 doc.)");
    }
}
