package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.AutocodeCommand;
import org.tillit.query.Autocoding;
import org.tillit.query.Extension;
import org.tillit.query.SearchSpec;
import org.tillit.query.TextSearch;
import org.tillit.store.ProjectStore;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.comparison.RespondentCheckPreference;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ComparisonPreferencesPage;
import org.tillit.ui.tests.pages.ComparisonView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher compares what three managers and two employees say about support (Stöd, one coding
 * in each of four interviews) and resources (Långsiktighet: three codings in one manager's
 * interview, one in each other): the numbers per group in each unit and measure, the quotes behind
 * a cell, and the respondent check, whose thresholds are preferences.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComparisonUiTest {

    static final String SUPPORT = "Principer/Stöd";
    static final String RESOURCES = "Principer/Långsiktighet";
    static final String MANAGERS = "Chef/enhetschef";
    static final String EMPLOYEES = "Medarbetare";

    @TempDir
    static Path files;
    /** Puts the window's parts back as they were before the view was given room. */
    static Runnable layoutBefore;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importTheInterviewsWithTheirRoles() throws Exception {
        UiBot bot = new UiBot();
        TillitWindow window = new TillitWindow(bot);
        ImportDialog dialog = window.openImportDialog();
        interview(dialog, "chef-anna.txt", "IP: Vi fick stöd av en processledare.",
                "IP: Resurser saknades. Vi bad om resurser, men resurser kom aldrig.");
        interview(dialog, "chef-bertil.txt", "IP: Jag fick stöd från förvaltningen.", "IP: Resurser fanns för en termin.");
        interview(dialog, "chef-cilla.txt", "IP: Vårt stöd kom från kollegorna.", "IP: Det handlar om resurser.");
        interview(dialog, "medarbetare-bo.txt", "IP: Chefen ger stöd när det behövs.", "IP: Resurser räcker inte.");
        interview(dialog, "medarbetare-dana.txt", "IP: Vi får bestämma mer själva.", "IP: Men resurser saknas.");
        dialog.importFiles();
        window.documents().waitFor("medarbetare-dana.txt");
        new CodedInterviews(bot).giveRoles(files, CodedInterviews.roles("chef-anna", "Chef", "chef-bertil", "Chef", "chef-cilla", "Chef",
                "medarbetare-bo", "Medarbetare", "medarbetare-dana", "Medarbetare"));
        // as a researcher drags the sashes: the matrix, its quotes and their context need room
        layoutBefore = bot.sync(() -> OpenProject.weigh(Map.of("org.tillit.app.stack.documents", 12,
                "org.tillit.app.sash.middle", 70, "org.tillit.app.sash.right", 18,
                "org.tillit.app.stack.document", 25, "org.tillit.app.stack.retrieval", 75)));
    }

    @AfterAll
    static void defaultThresholdsAndLayout() throws Exception {
        if (layoutBefore != null) {
            new UiBot().run(layoutBefore);
        }
        RespondentCheckPreference.choose(RespondentCheckPreference.DEFAULT_MAX_SHARE,
                RespondentCheckPreference.DEFAULT_MIN_CASES);
    }

    @Test
    @Order(1)
    void beforeAnythingIsCodedTheMatrixIsEmptyAndSaysSo() {
        ComparisonView comparison = window.comparison();
        comparison.groupBy("Roll");
        bot.waitUntil(Condition.of("the no-codings message", () -> comparison.message().contains("Nothing is coded yet")));
        assertEquals(List.of("Chef/enhetschef (n=3)", "Medarbetare (n=2)", "Politiker (n=0)",
                "Tjänsteperson/förvaltning (n=0)"), comparison.columnHeaders());
        bot.waitUntil(Condition.of("no rows: only coded codes are shown", () -> comparison.rowHeaders().isEmpty()));
        comparison.onlyCoded(false);
        comparison.waitUntilCell(SUPPORT, MANAGERS, "0");
        assertFalse(comparison.flagged(SUPPORT, MANAGERS), "an empty cell is not flagged");
        comparison.onlyCoded(true);
        bot.waitUntil(Condition.of("no rows again", () -> comparison.rowHeaders().isEmpty()));
    }

    @Test
    @Order(2)
    void aCellCountsTheSegmentsOfItsCodeInItsGroup() {
        code(SUPPORT, "stöd");
        code(RESOURCES, "resurser");
        ComparisonView comparison = window.comparison();
        comparison.waitUntilCell(RESOURCES, MANAGERS, "5");
        comparison.waitUntilCell(SUPPORT, MANAGERS, "3");
        assertEquals("1", comparison.cell(SUPPORT, EMPLOYEES));
        assertEquals("2", comparison.cell(RESOURCES, EMPLOYEES));
        assertEquals("0", comparison.cell(SUPPORT, "Politiker"));
        bot.waitUntil(Condition.of("the message to go", () -> comparison.message().isEmpty()));
    }

    @Test
    @Order(3)
    void clickingACellListsExactlyItsQuotesAndAQuoteOpensWhereItWasCoded() {
        ComparisonView comparison = window.comparison();
        comparison.click(SUPPORT, MANAGERS);
        comparison.waitUntilQuotes(3);
        assertEquals(List.of("chef-anna.txt", "chef-bertil.txt", "chef-cilla.txt"), comparison.quotes("Document"));
        assertEquals(List.of("stöd", "stöd", "stöd"), comparison.quotes("Text"));
        comparison.click(RESOURCES, EMPLOYEES);
        comparison.waitUntilQuotes(2);
        assertEquals(List.of("medarbetare-bo.txt", "medarbetare-dana.txt"), comparison.quotes("Document"));

        comparison.doubleClick(SUPPORT, MANAGERS);
        comparison.waitUntilQuotes(3);
        comparison.openQuote("Document", "chef-bertil.txt");
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("chef-bertil.txt with the coding selected", () -> !OpenProject.codingEditors().isEmpty()
                && editor.title().startsWith("chef-bertil.txt") && "stöd".equals(editor.selectedText())));
    }

    @Test
    @Order(4)
    void aCellThatRestsOnOneCaseOrTooFewCasesIsFlaggedAndItsTooltipSaysWhy() {
        ComparisonView comparison = window.comparison();
        assertTrue(comparison.flagged(RESOURCES, MANAGERS));
        String oneManager = comparison.tooltip(RESOURCES, MANAGERS);
        assertTrue(oneManager.contains("5 segments, 3 documents, 3 cases (100.0% of the group's cases)"), oneManager);
        assertTrue(oneManager.contains("Respondent check: one case (chef-anna) supplies 60% of the segments"), oneManager);
        assertFalse(oneManager.contains("fewer than"), oneManager);

        assertTrue(comparison.flagged(SUPPORT, EMPLOYEES));
        String oneEmployee = comparison.tooltip(SUPPORT, EMPLOYEES);
        assertTrue(oneEmployee.contains("one case (medarbetare-bo) supplies 100% of the segments"), oneEmployee);
        assertTrue(oneEmployee.contains("only 1 case(s) of the group have the code (fewer than 3)"), oneEmployee);

        assertFalse(comparison.flagged(SUPPORT, MANAGERS), "three managers, a third each");
        String three = comparison.tooltip(SUPPORT, MANAGERS);
        assertEquals("3 segments, 3 documents, 3 cases (100.0% of the group's cases)", three);
        comparison.click(RESOURCES, MANAGERS);
        Screenshots.capture(bot, "comparison-view");
    }

    @Test
    @Order(5)
    void anotherUnitOrMeasureShowsItsNumbers() {
        ComparisonView comparison = window.comparison();
        comparison.show("% of row");
        comparison.waitUntilCell(SUPPORT, MANAGERS, "75.0");
        assertEquals("25.0", comparison.cell(SUPPORT, EMPLOYEES));
        assertEquals("0.0", comparison.cell(SUPPORT, "Politiker"));
        comparison.show("% of column");
        comparison.waitUntilCell(SUPPORT, MANAGERS, "37.5");
        assertEquals("62.5", comparison.cell(RESOURCES, MANAGERS));
        comparison.show("Per case of the group");
        comparison.waitUntilCell(RESOURCES, MANAGERS, "1.67");
        assertEquals("1.00", comparison.cell(RESOURCES, EMPLOYEES));
        assertEquals("–", comparison.cell(RESOURCES, "Politiker"), "a group without cases has no value per case");
        comparison.show("Counts");
        comparison.unit("Cases");
        comparison.waitUntilCell(RESOURCES, MANAGERS, "3");
        comparison.unit("Characters");
        comparison.waitUntilCell(SUPPORT, MANAGERS, "12");
        assertEquals("40", comparison.cell(RESOURCES, MANAGERS), "five times 'resurser', 8 characters each");
        comparison.unit("Segments");
        comparison.waitUntilCell(RESOURCES, MANAGERS, "5");
    }

    @Test
    @Order(6)
    void changedThresholdsChangeTheFlags() {
        ComparisonPreferencesPage preferences = ComparisonPreferencesPage.open(bot);
        assertEquals(40, preferences.maxSharePercent());
        assertEquals(3, preferences.minCases());
        preferences.thresholds(70, 2);
        preferences.applyAndClose();
        ComparisonView comparison = window.comparison();
        bot.waitUntil(Condition.of("the 60% manager cell no longer flagged", () -> !comparison.flagged(RESOURCES, MANAGERS)));
        assertFalse(comparison.flagged(RESOURCES, EMPLOYEES), "two employees, half each, meet 70% and 2 cases");
        assertTrue(comparison.flagged(SUPPORT, EMPLOYEES), "one employee is still one case");
        String tooltip = comparison.tooltip(SUPPORT, EMPLOYEES);
        assertTrue(tooltip.contains("(fewer than 2)"), tooltip);
    }

    @Test
    @Order(7)
    void theRowsCanBeTheCodeSelectedInTheCodebookWithItsSubCodesRolledUp() {
        window.codebook().select("Principer");
        ComparisonView comparison = window.comparison();
        comparison.onlyCoded(false);
        comparison.rows("Principer and its sub-codes");
        bot.waitUntil(Condition.of("only Principer and its sub-codes as rows",
                () -> comparison.rowHeaders().get(0).equals("Principer") && !comparison.rowHeaders().contains("Praktiker")));
        assertTrue(comparison.rowHeaders().contains(SUPPORT), comparison.rowHeaders().toString());
        comparison.waitUntilCell("Principer", MANAGERS, "0");
        comparison.rollUp(true);
        comparison.waitUntilCell("Principer", MANAGERS, "8");
        assertEquals("3", comparison.cell("Principer", EMPLOYEES));
        assertEquals("3", comparison.cell(SUPPORT, MANAGERS), "a code without sub-codes keeps its own count");
        comparison.rollUp(false);
        comparison.rows("All codes");
        bot.waitUntil(Condition.of("every code again", () -> comparison.rowHeaders().contains("Praktiker")));
        comparison.onlyCoded(true);
        bot.waitUntil(Condition.of("only the coded codes", () -> !comparison.rowHeaders().contains("Praktiker")
                && comparison.rowHeaders().contains(SUPPORT)));
    }

    @Test
    @Order(8)
    void aNewCodingReachesTheMatrixAndTheQuotesOfTheSelectedCell() {
        ComparisonView comparison = window.comparison();
        comparison.click(SUPPORT, MANAGERS);
        comparison.waitUntilQuotes(3);
        code(SUPPORT, "processledare");
        comparison.waitUntilCell(SUPPORT, MANAGERS, "4");
        comparison.waitUntilQuotes(4);
        assertEquals(List.of("chef-anna.txt", "chef-anna.txt", "chef-bertil.txt", "chef-cilla.txt"),
                comparison.quotes("Document"));
        assertEquals("stöd", comparison.quotes("Text").get(0));
        assertEquals("processledare", comparison.quotes("Text").get(1));
    }

    @Test
    @Order(9)
    void aNumberAttributeGroupsInBandsAsChosen() throws Exception {
        new CodedInterviews(bot).giveAttribute(files, "Intervjuår", CodedInterviews.roles("chef-anna", "2019",
                "chef-bertil", "2020", "chef-cilla", "2023", "medarbetare-bo", "2021", "medarbetare-dana", "2024"), "2024");
        ComparisonView comparison = window.comparison();
        comparison.groupByUntilColumns("Intervjuår in bands of 2",
                List.of("2018\u20132019 (n=1)", "2020\u20132021 (n=2)", "2022\u20132023 (n=1)", "2024\u20132025 (n=1)"));
        comparison.groupByUntilColumns("Intervjuår in bands of 5", List.of("2015\u20132019 (n=1)", "2020\u20132024 (n=4)"));
    }

    private static void interview(ImportDialog dialog, String name, String support, String resources) throws Exception {
        dialog.add(TestDocuments.text(files.resolve(name), List.of("I: Berätta om första året med reformen.", support,
                "I: Och sedan?", resources), StandardCharsets.UTF_8, false));
    }

    /** Codes every whole word of the search with the code, as one undoable autocode step. */
    private void code(String codePath, String word) {
        ProjectStore store = OpenProject.store();
        bot.run(() -> OpenProject.commandStack().execute(new AutocodeCommand(store, codePath,
                Autocoding.spans(store, TextSearch.search(store, SearchSpec.of(word).wholeWord(true)), Extension.NONE))));
    }
}
