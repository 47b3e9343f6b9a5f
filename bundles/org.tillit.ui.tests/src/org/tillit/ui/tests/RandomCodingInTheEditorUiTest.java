package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodingCodeCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.commands.RemoveCodingCommand;
import org.tillit.commands.ResizeCodingCommand;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.coding.CodingIntervals;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.coding.LaneLayout;
import org.tillit.store.ProjectStore;
import org.tillit.testing.TestDocuments;
import org.tillit.ui.parts.CodingEditorPart;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * 5,000 seeded random coding steps (apply, remove, resize, change code, text edit, undo, redo) on a
 * document open in the coding editor: every 100 steps, once the editor has heard every change, what
 * it highlights and puts in lanes is exactly what the store holds, and so is the text it shows.
 */
@TillitUiTest
class RandomCodingInTheEditorUiTest {

    private static final int STEPS = 5_000;
    private static final int CHECK_EVERY = 100;
    private static final String[] SNIPPETS = { "", "x", "😀", "åäö ", " och ", "." };

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private Random random;

    @BeforeAll
    static void importAnInterview() throws Exception {
        TillitWindow window = new TillitWindow(new UiBot());
        ImportDialog dialog = window.openImportDialog();
        dialog.add(TestDocuments.text(files.resolve("slump.txt"), CodingEditorUiTest.MANAGER, StandardCharsets.UTF_8, false));
        dialog.importFiles();
        window.documents().waitFor("slump.txt");
        window.documents().open("slump.txt");
        CodingEditorView editor = window.editor();
        editor.waitUntilShowing("processledare");
    }

    @Test
    void whatTheEditorShowsFollowsThousandsOfRandomChanges() {
        long seed = Long.getLong("tillit.random.seed", 20261201L);
        random = new Random(seed);
        ProjectStore store = OpenProject.store();
        ProjectCommandStack stack = OpenProject.commandStack();
        Document document = store.read(p -> p.getDocuments().get(0));
        List<Code> codes = store.read(p -> CodeTree.allCodes(p.getCodebook()).stream().filter(Code::isCodable).limit(6).toList());
        for (int done = 0; done < STEPS; done += CHECK_EVERY) {
            bot.run(() -> {
                for (int i = 0; i < CHECK_EVERY; i++) {
                    step(store, stack, document, codes);
                }
            });
            String at = "seed " + seed + ", step " + (done + CHECK_EVERY);
            // The changes reach the editor as events posted to the UI thread: it may be a moment behind.
            bot.waitUntil(Condition.of("the editor to catch up at " + at, () -> bot.sync(() -> caughtUp(store, document))));
            assertTheEditorShowsTheStore(store, document, at);
        }
    }

    private void step(ProjectStore store, ProjectCommandStack stack, Document document, List<Code> codes) {
        List<Coding> codings = List.copyOf(document.getCodings());
        int length = document.getLength();
        int roll = random.nextInt(100);
        if (roll < 30 || codings.isEmpty()) {
            int start = random.nextInt(length);
            run(stack, new ApplyCodeCommand(store, document, pick(codes), start, Math.min(length, start + 1 + random.nextInt(60))));
        } else if (roll < 40) {
            run(stack, new RemoveCodingCommand(store, pick(codings)));
        } else if (roll < 52) {
            Coding coding = pick(codings);
            int start = Math.min(length - 1, Math.max(0, coding.getStart() + random.nextInt(11) - 5));
            int end = Math.min(length, Math.max(start + 1, coding.getEnd() + random.nextInt(11) - 5));
            run(stack, new ResizeCodingCommand(store, coding, start, end));
        } else if (roll < 60) {
            run(stack, new ChangeCodingCodeCommand(store, pick(codings), pick(codes)));
        } else if (roll < 70) {
            int start = random.nextInt(length);
            int end = Math.min(length, start + random.nextInt(4));
            if (length - (end - start) > 40) { // the text never shrinks away
                run(stack, new EditTextCommand(store, document, start, end, SNIPPETS[random.nextInt(SNIPPETS.length)]));
            }
        } else if (roll < 88) {
            if (stack.canUndo()) {
                stack.undo();
            }
        } else if (stack.canRedo()) {
            stack.redo();
        }
    }

    private static boolean caughtUp(ProjectStore store, Document document) {
        try {
            CodingEditorPart editor = OpenProject.codingEditors().get(0);
            return store.text(document).equals(editor.editor().textWidget().getText())
                    && storedCodings(store, document).equals(shownCodings(editor));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> storedCodings(ProjectStore store, Document document) {
        return store.read(p -> store.codingsIn(document).stream().map(CodingSpan::of)
                .map(RandomCodingInTheEditorUiTest::describe).collect(Collectors.toSet()));
    }

    private static Set<String> shownCodings(CodingEditorPart editor) {
        return editor.codings().stream().map(RandomCodingInTheEditorUiTest::describe).collect(Collectors.toSet());
    }

    private void assertTheEditorShowsTheStore(ProjectStore store, Document document, String at) {
        bot.run(() -> {
            CodingEditorPart editor = OpenProject.codingEditors().get(0);
            assertEquals(storedCodings(store, document), shownCodings(editor), at + ": the codings the editor highlights");
            try {
                assertEquals(store.text(document), editor.editor().textWidget().getText(), at + ": the text shown");
            } catch (Exception e) {
                throw new AssertionError(at, e);
            }
            int lanes = LaneLayout.of(CodingIntervals.of(editor.codings())).laneCount();
            assertEquals(lanes, editor.editor().laneCount(), at + ": the lanes");
        });
    }

    private static String describe(CodingSpan span) {
        return span.coding().getGuid() + " " + span.code().getGuid() + " " + span.start() + "-" + span.end();
    }

    private static void run(ProjectCommandStack stack, Command command) {
        stack.execute(command);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
