package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.RetrievalView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/** A researcher reads the segments of a code: chosen in the Codebook view, filtered, in context, opened. */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetrievalUiTest {

    static final String MANAGER_TURN = "IP: Vi fick stöd av en processledare under första året, och det betydde mycket för gruppen.";
    static final String EMPLOYEE_TURN = "IP: Vi får bestämma mer själva i hemtjänsten, men tiden räcker inte.";

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importAndCodeTheInterviews() throws Exception {
        UiBot bot = new UiBot();
        TillitWindow window = new TillitWindow(bot);
        ImportDialog dialog = window.openImportDialog();
        dialog.add(TestDocuments.text(files.resolve("chef-anna.txt"), List.of("I: Hur fick ni stöd när reformen började?",
                MANAGER_TURN, "I: Och resurserna?", "IP: Resurserna räckte inte. Vi fick börja om varje höst."),
                StandardCharsets.UTF_8, false));
        dialog.add(TestDocuments.text(files.resolve("medarbetare-bo.txt"),
                List.of("I: Märker du något av tillitsreformen?", EMPLOYEE_TURN), StandardCharsets.UTF_8, false));
        dialog.importFiles();
        window.documents().waitFor("medarbetare-bo.txt");
        window.documents().waitFor("chef-anna.txt");
        window.code("chef-anna.txt", "stöd av en processledare", "Stöd");
        window.code("chef-anna.txt", "Resurserna räckte inte", "Långsiktighet");
        window.code("medarbetare-bo.txt", "tiden räcker inte", "Stöd");
    }

    @Test
    @Order(1)
    void selectingACodeInTheCodebookListsItsSegmentsWithDocumentLinesAndText() {
        window.codebook().select("Principer", "Stöd");
        RetrievalView retrieval = window.retrieval();
        retrieval.waitUntilRows(2);
        assertEquals(List.of("Document", "Case", "Code", "Text", "Lines", "Coder", "Speaker"),
                retrieval.headers().subList(0, 7));
        assertEquals(List.of("chef-anna.txt", "medarbetare-bo.txt"), retrieval.column("Document"));
        assertEquals(List.of("stöd av en processledare", "tiden räcker inte"), retrieval.column("Text"));
        assertEquals(List.of("2", "2"), retrieval.column("Lines"));
        assertEquals("Principer/Stöd", retrieval.cell(0, "Code"));
        assertTrue(retrieval.code().contains("Principer/Stöd"), retrieval.code());
    }

    @Test
    @Order(2)
    void withSubCodesAGroupListsTheSegmentsOfItsSubCodes() {
        window.codebook().select("Principer");
        RetrievalView retrieval = window.retrieval();
        retrieval.withSubcodes(false);
        retrieval.waitUntilRows(0);
        retrieval.withSubcodes(true);
        retrieval.waitUntilRows(3);
        assertEquals(List.of("stöd av en processledare", "Resurserna räckte inte", "tiden räcker inte"), retrieval.column("Text"));
    }

    @Test
    @Order(3)
    void theTextFilterNarrowsTheSegments() {
        RetrievalView retrieval = window.retrieval();
        retrieval.filter("TIDEN");
        retrieval.waitUntilRows(1);
        assertEquals("medarbetare-bo.txt", retrieval.cell(0, "Document"));
        retrieval.filter("");
        retrieval.waitUntilRows(3);
    }

    @Test
    @Order(4)
    void aClickOnAHeaderSortsByThatColumnThenBackwardsThenAsRetrieved() {
        RetrievalView retrieval = window.retrieval();
        retrieval.clickHeader("Text");
        bot.waitUntil(Condition.of("sorted by text", () -> retrieval.column("Text")
                .equals(List.of("Resurserna räckte inte", "stöd av en processledare", "tiden räcker inte"))));
        retrieval.clickHeader("Text");
        bot.waitUntil(Condition.of("sorted by text backwards", () -> retrieval.column("Text")
                .equals(List.of("tiden räcker inte", "stöd av en processledare", "Resurserna räckte inte"))));
        retrieval.clickHeader("Text");
        bot.waitUntil(Condition.of("as retrieved", () -> retrieval.column("Text")
                .equals(List.of("stöd av en processledare", "Resurserna räckte inte", "tiden räcker inte"))));
    }

    @Test
    @Order(5)
    void theSelectedSegmentIsShownInItsSpeakerTurn() {
        RetrievalView retrieval = window.retrieval();
        retrieval.context("Speaker turn");
        retrieval.click("tiden räcker inte");
        bot.waitUntil(Condition.of("the employee's turn as context", () -> EMPLOYEE_TURN.equals(retrieval.context())));
        retrieval.click("stöd av en processledare");
        bot.waitUntil(Condition.of("the manager's turn as context", () -> MANAGER_TURN.equals(retrieval.context())));
        Screenshots.capture(bot, "retrieval-view");
    }

    @Test
    @Order(6)
    void aDoubleClickOpensTheDocumentWithTheCodingSelected() {
        window.retrieval().doubleClick("Resurserna räckte inte");
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("chef-anna.txt with the coding selected",
                () -> editor.title().startsWith("chef-anna.txt") && "Resurserna räckte inte".equals(editor.selectedText())));
    }

    @Test
    @Order(7)
    void theCodePickerChoosesACodeWithoutTheCodebookViewInEitherLanguage() {
        RetrievalView retrieval = window.retrieval();
        retrieval.withSubcodes(false);
        retrieval.pickCode("långsikt", "Långsiktighet   — Principer");
        retrieval.waitUntilRows(1);
        assertEquals("Resurserna räckte inte", retrieval.cell(0, "Text"));
        assertTrue(retrieval.code().contains("Principer/Långsiktighet"), retrieval.code());
        retrieval.pickCode("SUPPORT", "Stöd   — Principer");
        retrieval.waitUntilRows(2);
        assertEquals(List.of("stöd av en processledare", "tiden räcker inte"), retrieval.column("Text"));
    }

    @Test
    @Order(8)
    void respondentsOnlyAndAConditionOnTheAttributesNarrowTheSegments() throws Exception {
        new CodedInterviews(bot).giveRoles(files, CodedInterviews.roles("chef-anna", "Chef", "medarbetare-bo", "Medarbetare"));
        window.code("medarbetare-bo.txt", "Märker du något", "Stöd"); // the interviewer's question
        RetrievalView retrieval = window.retrieval();
        retrieval.waitUntilRows(3);
        retrieval.respondentsOnly(true);
        retrieval.waitUntilRows(2);
        assertEquals(List.of("stöd av en processledare", "tiden räcker inte"), retrieval.column("Text"));
        retrieval.where("Roll = medarbetare");
        retrieval.waitUntilRows(1);
        assertEquals("tiden räcker inte", retrieval.cell(0, "Text"));
        retrieval.where("Roll = chef OR Roll = medarbetare");
        retrieval.waitUntilRows(2);
        retrieval.where("Roll ==");
        bot.waitUntil(Condition.of("the condition refused", () -> retrieval.count().get(0).equals("Condition not understood")));
        assertTrue(retrieval.count().get(1).contains("position"), "where the mistake is: " + retrieval.count());
        assertEquals(0, retrieval.rowCount());
        retrieval.where("");
        retrieval.respondentsOnly(false);
        retrieval.waitUntilRows(3);
    }
}
