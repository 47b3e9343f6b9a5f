package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tillit.ui.tests.pages.QuoteMatrixView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher lays the managers' and the employees' quotes on support side by side, each with its
 * citation, rolls the sub-codes up, and opens a quote in its document.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuoteMatrixUiTest {

    static final List<String> ROLES = List.of("Chef/enhetschef (n = 2)", "Medarbetare (n = 1)", "Politiker (n = 0)",
            "Tjänsteperson/förvaltning (n = 0)");

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importGiveRolesAndCode() throws Exception {
        UiBot bot = new UiBot();
        TillitWindow window = new TillitWindow(bot);
        CodedInterviews interviews = new CodedInterviews(bot);
        interviews.importTexts(files, List.of("chef-anna.txt", "chef-bo.txt", "medarbetare-cilla.txt"), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Vi fick stöd av en processledare under första året.",
                        "I: Och resurserna?", "IP: Resurserna räckte inte."),
                List.of("I: Och stödet?", "IP: Stödet från förvaltningen kom sent."),
                List.of("I: Märker du något?", "IP: Vi får bestämma mer själva, men tiden räcker inte.")));
        interviews.giveRoles(files, CodedInterviews.roles("chef-anna.txt", "Chef", "chef-bo.txt", "Chef", "medarbetare-cilla.txt",
                "Medarbetare"));
        window.code("chef-anna.txt", "stöd av en processledare", "Stöd");
        window.code("chef-anna.txt", "Resurserna räckte inte", "Långsiktighet");
        window.code("chef-bo.txt", "Stödet från förvaltningen kom sent", "Stöd");
        window.code("medarbetare-cilla.txt", "tiden räcker inte", "Stöd");
    }

    @Test
    @Order(1)
    void theQuotesOfACodeStandInOneColumnPerRoleEachWithItsCitation() {
        window.codebook().select("Principer", "Stöd");
        QuoteMatrixView quotes = window.quoteMatrix();
        quotes.waitUntilCodes(List.of("Principer/Stöd"));
        assertTrue(quotes.codeShown().contains("Principer/Stöd"), quotes.codeShown());
        assertEquals("by Roll", quotes.groupings().get(0));
        assertEquals(ROLES, quotes.groups());
        assertEquals("stöd av en processledare\n(chef-anna.txt, line 2)\n\n"
                + "Stödet från förvaltningen kom sent\n(chef-bo.txt, line 2)", quotes.cell(0, 0));
        assertEquals("tiden räcker inte\n(medarbetare-cilla.txt, line 2)", quotes.cell(0, 1));
        assertEquals("No quotes in this group.", quotes.cell(0, 2));
        quotes.waitUntilCount("3 quotes");
        Screenshots.capture(bot, "quote-matrix");
    }

    @Test
    @Order(2)
    void aGroupOfCodesHasARowPerSubCodeWithQuotesOrOneRowRolledUp() {
        window.codebook().select("Principer");
        QuoteMatrixView quotes = window.quoteMatrix();
        quotes.waitUntilCodes(List.of("Principer/Stöd", "Principer/Långsiktighet"));
        assertEquals("Resurserna räckte inte\n(chef-anna.txt, line 4)", quotes.cell(1, 0));
        assertEquals("No quotes in this group.", quotes.cell(1, 1));
        quotes.rollUp(true);
        quotes.waitUntilCodes(List.of("Principer"));
        assertTrue(quotes.cell(0, 0).contains("Resurserna räckte inte"), quotes.cell(0, 0));
        assertTrue(quotes.cell(0, 0).contains("stöd av en processledare"), quotes.cell(0, 0));
        quotes.waitUntilCount("4 quotes");
        quotes.rollUp(false);
        quotes.waitUntilCodes(List.of("Principer/Stöd", "Principer/Långsiktighet"));
    }

    @Test
    @Order(3)
    void groupedByDocumentEachInterviewIsAColumn() {
        window.codebook().select("Principer", "Stöd");
        QuoteMatrixView quotes = window.quoteMatrix();
        quotes.groupBy("by document");
        bot.waitUntil(Condition.of("a column per document", () -> quotes.groups()
                .equals(List.of("chef-anna.txt (n = 1)", "chef-bo.txt (n = 1)", "medarbetare-cilla.txt (n = 1)"))));
        assertEquals("Stödet från förvaltningen kom sent\n(chef-bo.txt, line 2)", quotes.cell(0, 1));
        quotes.groupBy("by Roll");
        bot.waitUntil(Condition.of("a column per role", () -> quotes.groups().equals(ROLES)));
    }

    @Test
    @Order(4)
    void aNewCodingAppearsAndADoubleClickOpensTheQuoteInItsDocument() {
        window.code("medarbetare-cilla.txt", "bestämma mer själva", "Stöd");
        window.codebook().select("Principer", "Stöd");
        QuoteMatrixView quotes = window.quoteMatrix();
        quotes.waitUntilCount("4 quotes");
        assertEquals("bestämma mer själva\n(medarbetare-cilla.txt, line 2)\n\n"
                + "tiden räcker inte\n(medarbetare-cilla.txt, line 2)", quotes.cell(0, 1));
        quotes.doubleClick("Stödet från förvaltningen");
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("chef-bo.txt with the coding selected", () -> editor.title().startsWith("chef-bo.txt")
                && "Stödet från förvaltningen kom sent".equals(editor.selectedText())));
    }
}
