package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.text.CodePointIndex;
import org.tillit.store.ProjectStore;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/** A researcher codes an interview in the coding editor: popup, double-click, favourite key, lanes. */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CodingEditorUiTest {

    static final List<String> MANAGER = List.of(
            "I: Hur fick ni stöd när reformen började?",
            "IP: Vi fick stöd av en processledare under första året, och det betydde mycket för gruppen.",
            "I: Och resurserna?",
            "IP: Resurserna räckte inte 😀. Personalomsättningen gjorde att vi fick börja om varje höst.",
            "I: Hur upplevde ni den kollegiala granskningen?",
            "IP: Den kändes som kontroll, inte som lärande.");
    static final List<String> EMPLOYEE = List.of(
            "I: Märker du något av tillitsreformen?",
            "IP: Vi får bestämma mer själva i hemtjänsten, men tiden räcker inte.");

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importTheInterviews() throws Exception {
        UiBot bot = new UiBot();
        TillitWindow window = new TillitWindow(bot);
        ImportDialog dialog = window.openImportDialog();
        dialog.add(TestDocuments.text(files.resolve("chef-anna.txt"), MANAGER, StandardCharsets.UTF_8, false));
        dialog.add(TestDocuments.text(files.resolve("medarbetare-bo.txt"), EMPLOYEE, StandardCharsets.UTF_8, false));
        dialog.importFiles();
        window.documents().waitFor("medarbetare-bo.txt");
        window.documents().waitFor("chef-anna.txt");
    }

    @Test
    @Order(1)
    void aCodeChosenInTheQuickCodePopupHighlightsTheSelectionAndUndoTakesItAway() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("stöd av en processledare");
        editor.quickCode("Stöd");

        editor.waitUntilHighlighted("stöd av en processledare", true);
        Coding coding = onlyCodingOf("Stöd");
        assertEquals("stöd av en processledare", codedText(coding));
        assertEquals("Undo Apply code 'Stöd'", window.editLabel("Undo"));

        window.undo();
        editor.waitUntilHighlighted("stöd av en processledare", false);
        assertTrue(codingsOf("Stöd").isEmpty());
        window.redo();
        editor.waitUntilHighlighted("stöd av en processledare", true);
        assertEquals(1, codingsOf("Stöd").size());
    }

    @Test
    @Order(2)
    void doubleClickingACodeInTheCodebookCodesTheTextSelectedInTheEditor() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("Resurserna räckte inte 😀");
        window.codebook().doubleClick("Principer", "Långsiktighet");

        editor.waitUntilHighlighted("Resurserna räckte inte", true);
        assertEquals("Resurserna räckte inte 😀", codedText(onlyCodingOf("Långsiktighet")),
                "code points, not UTF-16 units: the emoji is inside the coding");
    }

    @Test
    @Order(3)
    void aFavouriteKeyAppliesItsCodeAndCtrlRTheLastCodeAgain() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("Personalomsättningen");
        editor.press('r', SWT.CTRL); // the last code again: Långsiktighet, from the codebook
        editor.waitUntilHighlighted("Personalomsättningen", true);
        assertEquals(2, codingsOf("Långsiktighet").size(), CodingEditorUiTest::allCodings);

        window.codebook().assignFavourite(3, "Principer", "Öppenhet");
        editor.select("kändes som kontroll");
        editor.press('3', SWT.CTRL);
        editor.waitUntilHighlighted("kändes som kontroll", true);
        assertEquals("kändes som kontroll", codedText(onlyCodingOf("Öppenhet")));
        editor.select("inte som lärande");
        editor.press('3', SWT.CTRL);
        editor.waitUntilHighlighted("inte som lärande", true);
        assertEquals(2, codingsOf("Öppenhet").size());
    }

    @Test
    @Order(4)
    void overlappingCodingsSitSideBySideInTheMargin() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.waitUntilLanes(1);
        editor.select("Vi fick stöd av en processledare under första året");
        editor.quickCode("Kunskap");

        editor.waitUntilLanes(2);
        assertEquals("Vi fick stöd av en processledare under första året", codedText(onlyCodingOf("Kunskap")));
        Screenshots.capture(bot, "coding-editor-overlaps");
    }

    @Test
    @Order(5)
    void aCodingIsRemovedFromTheContextMenuAndUndoBringsItBack() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("kändes");
        editor.contextMenu("Remove coding 'Öppenhet'");

        editor.waitUntilHighlighted("kändes som kontroll", false);
        assertEquals(1, codingsOf("Öppenhet").size());
        window.undo();
        editor.waitUntilHighlighted("kändes som kontroll", true);
        assertEquals(2, codingsOf("Öppenhet").size());
    }

    @Test
    @Order(6)
    void twoDocumentsAreOpenAtOnceEachInItsOwnEditor() {
        CodingEditorView employee = open("medarbetare-bo.txt");
        assertTrue(employee.title().startsWith("medarbetare-bo.txt"), employee.title());
        employee.select("tiden räcker inte");
        employee.quickCode("Stöd");
        employee.waitUntilHighlighted("tiden räcker inte", true);

        CodingEditorView manager = open("chef-anna.txt");
        assertTrue(manager.title().startsWith("chef-anna.txt"), manager.title());
        manager.waitUntilHighlighted("stöd av en processledare", true);
        assertEquals(2, codingsOf("Stöd").size());
        assertEquals(2, manager.openEditors(), "opening a document again shows its editor, it opens no second one");
    }

    @Test
    @Order(7)
    void findSelectsEachMatchInTurnAndSaysWhenThereIsNone() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.caretBefore("I: Hur fick ni");
        editor.find("fick");
        editor.waitUntilSelected("fick");
        int first = editor.text().indexOf("fick");
        editor.findNext();
        bot.waitUntil(Condition.of("the second 'fick'", () -> editor.selectionStart() > first));
        editor.find("granskningen?");
        editor.waitUntilSelected("granskningen?");
        editor.find("tillitsreform");
        bot.waitUntil(Condition.of("a 'not found' message", () -> editor.findStatus().contains("tillitsreform")));
    }

    @Test
    @Order(8)
    void altDownGoesFromCodingToCodingInTextOrder() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.caretBefore("I: Hur fick ni");
        editor.pressKey(SWT.ARROW_DOWN, SWT.ALT);
        editor.waitUntilSelected("Vi fick stöd av en processledare under första året");
        editor.pressKey(SWT.ARROW_DOWN, SWT.ALT);
        editor.waitUntilSelected("stöd av en processledare");
        editor.pressKey(SWT.ARROW_UP, SWT.ALT);
        editor.waitUntilSelected("Vi fick stöd av en processledare under första året");
    }

    @Test
    @Order(9)
    void theHighlightsCanBeLimitedToOneGroupOfCodes() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.highlightOnly("'Praktiker' and its sub-codes");
        editor.waitUntilHighlighted("stöd av en processledare", false);
        editor.waitUntilLanes(0);
        editor.highlightOnly("'Principer' and its sub-codes");
        editor.waitUntilHighlighted("stöd av en processledare", true);
        editor.highlightOnly("All codes");
        editor.waitUntilLanes(2);
    }

    @Test
    @Order(10)
    void theSelectedCodingGrowsAndShrinksWithAltShiftArrowsAndUndoTakesItBack() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("räckte");
        editor.contextMenu("Select coding 'Långsiktighet'");
        editor.pressKey(SWT.ARROW_RIGHT, SWT.ALT, SWT.SHIFT);
        bot.waitUntil(Condition.of("the coding one character longer",
                () -> codingsOf("Långsiktighet").stream().anyMatch(c -> codedText(c).equals("Resurserna räckte inte 😀."))));
        editor.pressKey(SWT.ARROW_RIGHT, SWT.ALT, SWT.CTRL);
        bot.waitUntil(Condition.of("the coding one character later",
                () -> codingsOf("Långsiktighet").stream().anyMatch(c -> codedText(c).equals("esurserna räckte inte 😀."))));
        window.undo();
        window.undo();
        bot.waitUntil(Condition.of("the coding as it was",
                () -> codingsOf("Långsiktighet").stream().anyMatch(c -> codedText(c).equals("Resurserna räckte inte 😀"))));
    }

    @Test
    @Order(11)
    void draggingTheEndOfALaneMovesTheCodingsEndToThatLine() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("processledare under");
        editor.contextMenu("Select coding 'Kunskap'");
        editor.dragSelectedLaneEndTo("I: Och resurserna?");
        bot.waitUntil(Condition.of("the coding to end with line 3", () -> codingsOf("Kunskap").stream()
                .anyMatch(c -> codedText(c).endsWith("för gruppen.\nI: Och resurserna?"))), java.time.Duration.ofSeconds(10));
        window.undo();
        bot.waitUntil(Condition.of("the coding as it was", () -> codingsOf("Kunskap").stream()
                .anyMatch(c -> codedText(c).equals("Vi fick stöd av en processledare under första året"))));
    }

    @Test
    @Order(12)
    void inVivoMakesACodeNamedByTheWordsAndCodesThemInOneUndoableStep() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("Personalomsättningen");
        editor.press('v');
        editor.chooseInPopup(""); // the first row: the top level
        window.codebook().waitUntilGroupsInclude("Personalomsättningen");
        assertEquals("Personalomsättningen", codedText(onlyCodingOf("Personalomsättningen")));
        assertEquals("Undo In vivo code 'Personalomsättningen'", window.editLabel("Undo"));
        window.undo();
        window.codebook().waitUntilGroupsExclude("Personalomsättningen");
        assertTrue(store().read(p -> p.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .noneMatch(c -> "Personalomsättningen".equals(c.getCode().getLabelSv()))));
    }

    @Test
    @Order(13)
    void aWholeSpeakerTurnIsCodedFromTheContextMenu() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.caretBefore("som lärande");
        editor.contextMenu("Code the whole", "speaker turn");
        editor.chooseInPopup("Helhetssyn");
        bot.waitUntil(Condition.of("the turn coded", () -> codingsOf("Helhetssyn (samverkan)").size() == 1));
        assertEquals("IP: Den kändes som kontroll, inte som lärande.", codedText(onlyCodingOf("Helhetssyn (samverkan)")));
    }

    @Test
    @Order(14)
    void aCodingsCodeIsChangedFromTheContextMenu() {
        CodingEditorView editor = open("chef-anna.txt");
        int before = codingsOf("Tillit").size();
        editor.caretBefore("inte som lärande");
        editor.contextMenu("Change the code of 'Öppenhet'");
        editor.chooseInPopup("Tillit");
        bot.waitUntil(Condition.of("the coding under Tillit", () -> codingsOf("Tillit").size() == before + 1));
        assertEquals("inte som lärande", codedText(codingsOf("Tillit").get(0)));
        window.undo();
        bot.waitUntil(Condition.of("back under Öppenhet", () -> codingsOf("Tillit").size() == before));
    }

    @Test
    @Order(15)
    void aMouseSelectionTakesWholeWordsUnlessAltIsHeld() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.select("ändes som kontr");
        editor.releaseMouse(false);
        editor.waitUntilSelected("kändes som kontroll");
        editor.select("ändes som kontr");
        editor.releaseMouse(true);
        assertEquals("ändes som kontr", editor.selectedText());
    }

    @Test
    @Order(16)
    void theCodebookCountsTheCodingsOfEachCodeAsTheyAreMade() {
        CodingEditorView editor = open("chef-anna.txt");
        int stod = codingsOf("Stöd").size();
        bot.waitUntil(Condition.of("Stöd counted", () -> Integer.toString(stod).equals(window.codebook().codings("Principer", "Stöd"))));
        editor.select("Hur upplevde ni");
        editor.quickCode("Stöd");
        bot.waitUntil(Condition.of("Stöd counted again",
                () -> Integer.toString(stod + 1).equals(window.codebook().codings("Principer", "Stöd"))));
        int principles = store().read(p -> (int) p.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .filter(c -> c.getCode().getParent() != null && "Principer".equals(c.getCode().getParent().getLabelSv())).count());
        assertEquals("0 (" + principles + ")", window.codebook().codings("Principer"));
    }

    @Test
    @Order(17)
    void inEditModeACorrectionKeepsTheCodingsOnTheirWordsAndUndoPutsTheTextBack() {
        CodingEditorView editor = open("chef-anna.txt");
        editor.setEditMode(true);
        editor.caretBefore("processledare");
        editor.typeAtCaret("extern ");
        editor.waitUntilShowing("stöd av en extern processledare");
        assertTrue(codingsOf("Stöd").stream().anyMatch(c -> codedText(c).equals("stöd av en extern processledare")),
                CodingEditorUiTest::allCodings);
        assertTrue(storedText().contains("stöd av en extern processledare"));
        editor.setEditMode(false);
        window.undo();
        editor.waitUntilShowing("stöd av en processledare");
        assertTrue(codingsOf("Stöd").stream().anyMatch(c -> codedText(c).equals("stöd av en processledare")));
    }

    @Test
    @Order(18)
    void aNameIsReplacedInEveryDocumentInOneUndoableStep() {
        CodingEditorView editor = open("chef-anna.txt");
        String message = window.openReplaceAll().replace("processledare", "[konsult]");
        assertTrue(message.startsWith("1 places changed"), message);
        editor.waitUntilShowing("stöd av en [konsult]");
        assertTrue(codingsOf("Stöd").stream().anyMatch(c -> codedText(c).equals("stöd av en [konsult]")));
        window.undo();
        editor.waitUntilShowing("stöd av en processledare");
    }

    @Test
    @Order(19)
    void deletingAllOfACodingsTextRemovesItSaysSoAndUndoBringsBoth() {
        CodingEditorView editor = open("chef-anna.txt");
        int before = codingsOf("Öppenhet").size();
        editor.setEditMode(true);
        editor.select("kändes som kontroll");
        editor.deleteSelectionWithoutWaiting();
        String message = editor.removedCodingsMessage();
        assertTrue(message.contains("Öppenhet: \u201Ckändes som kontroll\u201D"), message);
        editor.waitUntilShowing("IP: Den , inte som lärande.");
        assertEquals(before - 1, codingsOf("Öppenhet").size());
        editor.setEditMode(false);
        window.undo();
        editor.waitUntilShowing("IP: Den kändes som kontroll, inte som lärande.");
        assertEquals(before, codingsOf("Öppenhet").size());
        assertTrue(codingsOf("Öppenhet").stream().anyMatch(c -> codedText(c).equals("kändes som kontroll")));
    }

    private static String storedText() {
        ProjectStore store = OpenProject.store();
        try {
            return store.text(store.read(p -> p.getDocuments().stream().filter(d -> d.getName().equals("chef-anna.txt"))
                    .findFirst().orElseThrow()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ProjectStore store() {
        return OpenProject.store();
    }

    private CodingEditorView open(String name) {
        window.documents().open(name);
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("the editor of " + name, () -> editor.title().startsWith(name)));
        return editor;
    }

    private static Code code(String labelSv) {
        ProjectStore store = OpenProject.store();
        return store.read(p -> CodeTree.allCodes(p.getCodebook()).stream().filter(c -> labelSv.equals(c.getLabelSv()))
                .findFirst().orElseThrow());
    }

    private static List<Coding> codingsOf(String labelSv) {
        ProjectStore store = OpenProject.store();
        return store.read(p -> List.copyOf(store.codingsOf(code(labelSv))));
    }

    private static Coding onlyCodingOf(String labelSv) {
        List<Coding> codings = codingsOf(labelSv);
        assertEquals(1, codings.size(), () -> "codings of " + labelSv + "; the project has " + allCodings());
        return codings.get(0);
    }

    private static String allCodings() {
        ProjectStore store = OpenProject.store();
        return store.read(p -> p.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .map(c -> c.getCode().getLabelSv() + " '" + codedText(c) + "'").toList().toString());
    }

    private static String codedText(Coding coding) {
        ProjectStore store = OpenProject.store();
        try {
            Document document = coding.getDocument();
            String text = store.text(document);
            CodePointIndex positions = CodePointIndex.of(text);
            return text.substring(positions.toUtf16(coding.getStart()), positions.toUtf16(coding.getEnd()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
