package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.MemoView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/** A researcher writes memos on a document and a coding, undoes one, finds them in the Memos view. */
@TillitUiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemoUiTest {

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @BeforeAll
    static void importAnInterview() throws Exception {
        TillitWindow window = new TillitWindow(new UiBot());
        ImportDialog dialog = window.openImportDialog();
        dialog.add(TestDocuments.text(files.resolve("chef-anna.txt"), CodingEditorUiTest.MANAGER, StandardCharsets.UTF_8, false));
        dialog.importFiles();
        window.documents().waitFor("chef-anna.txt");
    }

    @Test
    @Order(1)
    void aMemoIsSavedAsItIsTypedAndLeavingItIsOneUndoableStep() {
        window.documents().select("chef-anna.txt");
        MemoView memo = window.memo();
        memo.waitUntilOn("Document 'chef-anna.txt'");
        memo.type("Intervjun avbröts efter 40 minuter.");
        bot.waitUntil(Condition.of("the memo saved while typing", () -> "Intervjun avbröts efter 40 minuter.".equals(storedMemo())));

        window.documents().select("chef-anna.txt"); // leaving the memo records the step
        bot.waitUntil(Condition.of("one step on the stack", () -> "Undo Edit memo".equals(window.editLabel("Undo"))));
        window.memos().waitFor("Document 'chef-anna.txt'");
        assertEquals("Intervjun avbröts efter 40 minuter.", window.memos().memoOn("Document 'chef-anna.txt'"));

        window.undo();
        memo.waitUntilText("");
        assertEquals(null, storedMemo());
        window.redo();
        memo.waitUntilText("Intervjun avbröts efter 40 minuter.");
    }

    @Test
    @Order(2)
    void aCodingsMemoIsWrittenInTheMemoViewAndListedInTheMemosView() {
        window.documents().open("chef-anna.txt");
        CodingEditorView editor = window.editor();
        editor.waitUntilShowing("stöd av en processledare");
        editor.select("stöd av en processledare");
        editor.quickCode("Stöd");
        editor.waitUntilHighlighted("stöd av en processledare", true);
        editor.select("stöd av en");
        editor.contextMenu("Select coding 'Stöd'");

        MemoView memo = window.memo();
        memo.waitUntilOn("Coding 'Stöd' in chef-anna.txt, lines 2–2");
        memo.type("Processledaren nämns av flera chefer.");
        window.documents().select("chef-anna.txt");
        window.memos().waitFor("Coding 'Stöd' in chef-anna.txt, lines 2–2");
        assertTrue(window.memos().targets().contains("Document 'chef-anna.txt'"), window.memos().targets().toString());
        Screenshots.capture(bot, "memos");
    }

    private static String storedMemo() {
        ProjectStore store = OpenProject.store();
        return store.read(p -> {
            Document document = p.getDocuments().get(0);
            return document.getMemo();
        });
    }
}
