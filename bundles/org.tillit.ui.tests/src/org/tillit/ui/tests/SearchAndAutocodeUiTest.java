package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.SetAttributeCommand;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.WhereParser;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.AutocodePage;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.RetrievalView;
import org.tillit.ui.tests.pages.SearchView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * A researcher searches the transcripts for "tillit" (whole words or not, case, a regular
 * expression, in some documents or a manager's), reads a hit in its document, then autocodes the
 * hits' sentences and a respondent's every turn, each as one step that Undo takes back.
 */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchAndAutocodeUiTest {

    static final String ANNA_TRUST = "IP: Stödet är bra. Vi har tillit till varandra och tilliten växer.";
    static final String ANNA_RESOURCES = "IP: Resurserna räcker inte. Tillit kräver tid.";
    static final String BO_ANSWER = "IP: Tillit märks lite. Kontrollen är fortfarande stark.";
    static final String CECILIA_QUESTION = "I: Vad betyder tillit för dig?";
    static final String CECILIA_ANSWER = "IP: Att chefen litar på oss. Men stödet saknas ibland.";

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importTheInterviewsAndGiveAnnaTheManagersRole() throws Exception {
        UiBot bot = new UiBot();
        TillitWindow window = new TillitWindow(bot);
        ImportDialog dialog = window.openImportDialog();
        dialog.add(TestDocuments.text(files.resolve("chef-anna.txt"), List.of("I: Hur fungerar stödet från förvaltningen?",
                ANNA_TRUST, "I: Och resurserna?", ANNA_RESOURCES), StandardCharsets.UTF_8, false));
        dialog.add(TestDocuments.text(files.resolve("medarbetare-bo.txt"),
                List.of("I: Märker du något av tillitsreformen?", BO_ANSWER), StandardCharsets.UTF_8, false));
        dialog.add(TestDocuments.text(files.resolve("medarbetare-cecilia.txt"), List.of(CECILIA_QUESTION, CECILIA_ANSWER),
                StandardCharsets.UTF_8, false));
        dialog.importFiles();
        for (String name : List.of("chef-anna.txt", "medarbetare-bo.txt", "medarbetare-cecilia.txt")) {
            window.documents().waitFor(name);
        }
        ProjectStore store = OpenProject.store();
        Document anna = document(store, "chef-anna.txt");
        AttributeDefinition role = store.read(p -> WhereParser.attribute("roll", List.copyOf(p.getAttributeDefinitions())));
        bot.run(() -> OpenProject.commandStack().execute(new SetAttributeCommand(store, anna, role, "Chef")));
    }

    @Test
    @Order(1)
    void substringsWholeWordsCaseAndRegularExpressions() {
        SearchView search = window.search();
        search.search("tillit");
        search.waitForCount("6 hits in 3 documents");
        assertEquals(List.of("Before", "Hit", "After", "Document", "Case", "Line", "Speaker"), search.headers());
        assertEquals(List.of("tillit", "tillit", "Tillit", "tillit", "Tillit", "tillit"), search.column("Hit"));
        search.wholeWord(true);
        search.waitForCount("4 hits in 3 documents");
        assertEquals(List.of("chef-anna.txt", "chef-anna.txt", "medarbetare-bo.txt", "medarbetare-cecilia.txt"),
                search.column("Document"));
        assertEquals(List.of("2", "4", "2", "1"), search.column("Line"));
        assertEquals(List.of("IP", "IP", "IP", "I"), search.column("Speaker"));
        search.matchCase(true);
        search.waitForCount("2 hits in 2 documents");
        search.matchCase(false);
        search.wholeWord(false);
        search.mode("Regular expression").search("tillit\\w+");
        search.waitForCount("2 hits in 2 documents");
        assertEquals(List.of("tilliten", "tillitsreformen"), search.column("Hit"));
        String before = search.column("Before").get(0);
        assertTrue(before.startsWith("…") && before.endsWith("Vi har tillit till varandra och "), before);
        String after = search.column("After").get(0);
        assertTrue(after.startsWith(" växer. I: Och resurserna? IP: Resurserna") && after.endsWith("…"), after);
    }

    @Test
    @Order(2)
    void anInvalidRegularExpressionIsSaidInTheViewNotThrown() {
        SearchView search = window.search();
        search.mode("Regular expression").search("(tillit");
        search.waitForMessage("'(tillit' is not a valid regular expression");
        assertEquals("", search.count());
        assertEquals(0, search.rowCount());
        search.search("tillit\\w+");
        search.waitForCount("2 hits in 2 documents");
        assertEquals("", search.message(), "the message goes with the next search");
    }

    @Test
    @Order(3)
    void theSelectedHitIsEmphasisedInItsContextAndADoubleClickOpensItSelected() {
        SearchView search = window.search();
        search.click("tilliten");
        bot.waitUntil(Condition.of("the hit in its context", () -> "tilliten".equals(search.emphasised())));
        assertTrue(search.context().contains(ANNA_TRUST), search.context());
        search.doubleClick("tilliten");
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("chef-anna.txt with 'tilliten' selected",
                () -> editor.title().startsWith("chef-anna.txt") && "tilliten".equals(editor.selectedText())));
    }

    @Test
    @Order(4)
    void restrictedToTheSelectedDocumentsOrToAManagersDocuments() {
        SearchView search = window.search();
        search.mode("Phrase").search("tillit");
        search.waitForCount("6 hits in 3 documents");
        window.documents().select("medarbetare-bo.txt");
        search = window.search();
        search.searchIn("Documents selected in the Documents view");
        search.waitForCount("2 hits in 1 document");
        assertEquals(List.of("medarbetare-bo.txt", "medarbetare-bo.txt"), search.column("Document"));
        search.searchIn("Documents meeting a condition").where("roll=Chef");
        search.waitForCount("3 hits in 1 document");
        assertEquals(List.of("chef-anna.txt"), search.column("Document").stream().distinct().toList());
        search.where("rol=Chef");
        search.waitForMessage("unknown attribute 'rol'");
        assertEquals(0, search.rowCount());
        search.where("roll=Chef");
        search.waitForCount("3 hits in 1 document");
        search.searchIn("All documents");
        search.waitForCount("6 hits in 3 documents");
    }

    @Test
    @Order(5)
    void autocodingTheHitsSentencesIsOneStepThatUndoTakesBackAndRedoBringsBack() throws Exception {
        SearchView search = window.search();
        search.wholeWord(true);
        search.waitForCount("4 hits in 3 documents");
        AutocodePage dialog = search.openAutocode();
        assertEquals("All hits (4)", dialog.hitChoices().get(0));
        dialog.hits("All hits").extendTo("Its sentence").newCode("Autokod/Tillit");
        bot.waitUntil(Condition.of("the preview", () -> dialog.preview().startsWith("4 passages will be coded")));
        assertTrue(dialog.preview().contains("The code Autokod/Tillit will be created."), dialog.preview());
        Screenshots.capture(bot, "autocode-dialog");
        dialog.autocode();
        search.waitForMessage("4 codings made with Autokod/Tillit");
        List<String> sentences = List.of("Vi har tillit till varandra och tilliten växer.", "Tillit kräver tid.",
                "Tillit märks lite.", "Vad betyder tillit för dig?");
        assertEquals(sentences, codedTexts("Autokod/Tillit"));

        RetrievalView retrieval = window.retrieval();
        retrieval.pickCode("tillit", "Tillit   — Autokod");
        retrieval.waitUntilRows(4);
        assertEquals(sentences, retrieval.column("Text"));

        String undone = window.undo();
        assertEquals("Undo Autocode 4 segments with 'Autokod/Tillit'", undone);
        retrieval.waitUntilRows(0);
        assertFalse(codeExists("Autokod/Tillit"), "the code autocoding created goes with its codings");
        window.redo();
        bot.waitUntil(Condition.of("the codings back", () -> codeExists("Autokod/Tillit")));
        assertEquals(sentences, codedTexts("Autokod/Tillit"));
    }

    @Test
    @Order(6)
    void autocodingOnlyTheSelectedHitsToTheirTurn() throws Exception {
        SearchView search = window.search();
        search.waitForCount("4 hits in 3 documents");
        search.click("Tillit");
        search.addToSelection("märks lite");
        AutocodePage dialog = search.openAutocode();
        assertEquals(List.of("All hits (4)", "The selected hits (2)"), dialog.hitChoices());
        dialog.hits("The selected hits").extendTo("Its speaker turn").existingCode("långsikt", "Långsiktighet   — Principer");
        bot.waitUntil(Condition.of("the preview", () -> dialog.preview().startsWith("2 passages will be coded")));
        dialog.autocode();
        search.waitForMessage("2 codings made with Principer/Långsiktighet");
        assertEquals(List.of(ANNA_RESOURCES, BO_ANSWER), codedTexts("Principer/Långsiktighet"));
    }

    @Test
    @Order(7)
    void autocodingEveryTurnOfTheRespondent() throws Exception {
        SearchView search = window.search();
        AutocodePage dialog = search.openAutocodeSpeaker();
        assertEquals("IP (4 turns)", dialog.speaker(), "the respondent, not the interviewer, at first");
        dialog.existingCode("stöd", "Stöd   — Principer");
        bot.waitUntil(Condition.of("the preview", () -> dialog.preview().startsWith("4 turns of IP will be coded")));
        dialog.speaker("I (4 turns)");
        bot.waitUntil(Condition.of("the preview", () -> dialog.preview().startsWith("4 turns of I will be coded")));
        dialog.speaker("IP (4 turns)");
        bot.waitUntil(Condition.of("the preview", () -> dialog.preview().startsWith("4 turns of IP will be coded")));
        dialog.autocode();
        search.waitForMessage("4 codings made with Principer/Stöd");
        assertEquals(List.of(ANNA_TRUST, ANNA_RESOURCES, BO_ANSWER, CECILIA_ANSWER), codedTexts("Principer/Stöd"));
        assertEquals("Undo Autocode 4 segments with 'Principer/Stöd'", window.editLabel("Undo"));
        Screenshots.capture(bot, "search-view");
    }

    private static Document document(ProjectStore store, String name) {
        return store.read(p -> p.getDocuments().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow());
    }

    private static boolean codeExists(String path) {
        return OpenProject.store().read(p -> CodePaths.resolve(p.getCodebook(), CodePaths.labels(path)).complete());
    }

    /** The texts coded with the code, in document order. */
    private static List<String> codedTexts(String path) throws ProjectStoreException {
        ProjectStore store = OpenProject.store();
        Code code = store.read(p -> CodePaths.find(p.getCodebook(), path, Language.SV));
        List<String> texts = new ArrayList<>();
        for (Coding coding : store.read(p -> store.codingsOf(code).stream()
                .sorted(Comparator.<Coding>comparingInt(c -> p.getDocuments().indexOf(c.getDocument()))
                        .thenComparingInt(Coding::getStart)).toList())) {
            String text = store.text(coding.getDocument());
            texts.add(text.substring(text.offsetByCodePoints(0, coding.getStart()), text.offsetByCodePoints(0, coding.getEnd())));
        }
        return texts;
    }
}
