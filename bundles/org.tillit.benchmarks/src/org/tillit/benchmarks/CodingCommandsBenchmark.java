package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeCounts;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.NewDocument;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.TestCodings;

/**
 * The coding editor's goals (issue 9, each under 50 ms): applying a code that joins an existing
 * coding and its undo on a document with 10,000 codings, an edit of a 1,000,000-character document
 * with 10,000 codings and its undo, and the codebook counts over the 200,000 codings of the large
 * project. The long document lives in a project of its own, made fresh each run.
 */
final class CodingCommandsBenchmark {

    private static final double GOAL_MS = 50;
    private static final int CHARACTERS = 1_000_000;
    private static final int CODINGS = 10_000;
    private static final int ROUNDS = 40;

    private final Random random = new Random(9);

    /** The codebook counts over the open large project. */
    void measureCounts(ProjectStore store, Figures figures) throws Exception {
        Figures.Samples counts = Figures.Samples.of(10, 50, () -> {
            long t = System.nanoTime();
            store.read(CodeCounts::of);
            return System.nanoTime() - t;
        });
        long codings = store.documents().stream().mapToLong(d -> d.getCodings().size()).sum();
        figures.timed("CodeCounts.of(project), " + codings + " codings", counts, GOAL_MS);
    }

    /** Applying with a join and editing the text, on one long document in a project of its own. */
    void measureLongDocument(Path folder, Figures figures) throws Exception {
        try (ProjectStore store = new H2ProjectStoreFactory().open(folder)) {
            Document document = longDocument(store, folder);
            ProjectCommandStack stack = new ProjectCommandStack();

            Coding joined = document.getCodings().get(CODINGS / 2);
            int start = joined.getStart() + 10;
            int end = joined.getEnd() + 30;
            CommandRounds applies = CommandRounds.run(stack,
                    () -> new ApplyCodeCommand(store, document, joined.getCode(), start, end), ROUNDS,
                    () -> assertEquals(end, joined.getEnd(), "joined"),
                    () -> assertEquals(CODINGS, document.getCodings().size(), "apply undone"));
            figures.timed("apply joining a coding, document of " + CODINGS + " codings", applies.executions,
                    applies.executionSpread(), GOAL_MS);
            figures.timed("undo of the joining apply", applies.undos, applies.undoSpread(), GOAL_MS);

            int at = document.getLength() / 2;
            CommandRounds edits = CommandRounds.run(stack,
                    () -> new EditTextCommand(store, document, at, at + 5, "förtroendet"), ROUNDS,
                    () -> assertEquals(CHARACTERS + 6, document.getLength(), "edited"),
                    () -> assertEquals(CHARACTERS, document.getLength(), "edit undone"));
            figures.timed("EditTextCommand, " + CHARACTERS + " characters, " + CODINGS + " codings", edits.executions,
                    edits.executionSpread(), GOAL_MS);
            figures.timed("undo of the edit", edits.undos, edits.undoSpread(), GOAL_MS);
            assertEquals(CODINGS, document.getCodings().size(), "every round undone");
        }
    }

    /** A transcript of a million characters coded every 100 characters with one of 20 codes. */
    private Document longDocument(ProjectStore store, Path folder) throws Exception {
        String text = new InterviewText(random).transcript(1, "Chef", CHARACTERS);
        Path file = folder.resolveSibling("long-interview.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Document document = store.addDocument(new NewDocument("long-interview.txt", file, "text/plain",
                "e".repeat(64), text, Map.of()));
        List<Code> codes = CodeTree.allCodes(store.codebook()).stream().filter(Code::isCodable).limit(20).toList();
        Coder coder = store.currentCoder();
        List<PlacedCoding> codings = new ArrayList<>();
        for (int i = 0; i < CODINGS; i++) {
            int start = i * (CHARACTERS / CODINGS);
            Coding coding = TestCodings.coding(codes.get(random.nextInt(codes.size())), start, start + 40 + random.nextInt(50));
            coding.setCoder(coder);
            codings.add(new PlacedCoding(coding, document));
        }
        store.insertCodings(codings);
        return document;
    }
}
