package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodingCodeCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.InVivoCodeCommand;
import org.tillit.commands.RemoveCodingCommand;
import org.tillit.commands.ResizeCodingCommand;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.text.TextPositions;

/**
 * 5,000 random steps of coding work on one document (apply, remove, resize, change code, apply
 * right beside a coding, in vivo, text edits, undo, redo), seeded so a failure can be repeated
 * ({@code -Dtillit.random.seed=N}). No coding ever leaves the text; every 100 steps the live model
 * and a second store opened read-only on the project hold the same codings and text.
 */
class RandomCodingWorkTest extends ProjectTestCase {

    private static final int STEPS = 5_000;
    private static final String[] SNIPPETS = { "", "x", "😀", "𠀀字", "e\u0301", "åäö ", "\n", "Anna-Karin ",
            " och ", "IP: ", "." };
    private static final String TEXT = ("I: Hur är stödet från chefen? 😀\nIP: Vi har tillit, cafe\u0301 och 𠀀字 men "
            + "för lite tid. Återkoppling saknas.\n\n").repeat(12);

    private Random random;
    private Document document;
    private List<Code> codes;

    @Test
    void randomCodingWorkKeepsModelDatabaseAndTextBoundsInStep() throws Exception {
        long seed = Long.getLong("tillit.random.seed", 20261201L);
        random = new Random(seed);
        document = p.addDocument(temp, "slump.txt", TEXT);
        codes = CodeTree.allCodes(p.store.codebook()).stream().filter(Code::isCodable).limit(8).toList();
        List<Code> groups = p.store.codebook().getCodes();
        int[] done = new int[9];
        for (int step = 1; step <= STEPS; step++) {
            String at = "seed " + seed + ", step " + step;
            int kind = step(groups);
            done[kind]++;
            assertInsideTheText(at);
            if (step % 100 == 0) {
                assertModelAndDatabaseAgree(at);
            }
        }
        for (int kind = 0; kind < done.length; kind++) {
            assertTrue(done[kind] > 100, "kind " + kind + " of step ran " + done[kind] + " times");
        }
    }

    /** Takes one random step; returns which kind it was. */
    private int step(List<Code> groups) throws Exception {
        List<Coding> codings = document.getCodings();
        int length = document.getLength();
        int roll = random.nextInt(100);
        if (codings.isEmpty() && roll < 50) {
            roll = 0;
        }
        if (roll < 22) {
            int start = random.nextInt(length);
            run(new ApplyCodeCommand(p.store, document, pick(codes), start, Math.min(length, start + 1 + random.nextInt(40))));
            return 0;
        }
        if (roll < 30) {
            run(new RemoveCodingCommand(p.store, pick(codings)));
            return 1;
        }
        if (roll < 38) {
            int start = random.nextInt(length);
            run(new ResizeCodingCommand(p.store, pick(codings), start, Math.min(length, start + 1 + random.nextInt(60))));
            return 2;
        }
        if (roll < 45) {
            run(new ChangeCodingCodeCommand(p.store, pick(codings), pick(codes)));
            return 3;
        }
        if (roll < 52) {
            Coding beside = pick(codings);
            int start = beside.getEnd() < length ? beside.getEnd() : Math.max(0, beside.getStart() - 5);
            run(new ApplyCodeCommand(p.store, document, beside.getCode(), start, Math.min(length, start + 1 + random.nextInt(20))));
            return 4;
        }
        if (roll < 57) {
            inVivo(groups);
            return 5;
        }
        if (roll < 75) {
            int start = random.nextInt(length + 1);
            int end = length < 1_000 ? start : Math.min(length, start + random.nextInt(12));
            run(new EditTextCommand(p.store, document, start, end, pick(List.of(SNIPPETS))));
            return 6;
        }
        if (roll < 89) {
            p.stack.undo();
            return 7;
        }
        p.stack.redo();
        return 8;
    }

    private void inVivo(List<Code> groups) throws Exception {
        String text = p.store.text(document);
        int start = random.nextInt(document.getLength() - 1);
        int end = Math.min(document.getLength(), start + 2 + random.nextInt(30));
        String words = text.substring(TextPositions.toUtf16(text, start), TextPositions.toUtf16(text, end));
        if (!words.isBlank()) {
            run(new InVivoCodeCommand(p.store, document, random.nextBoolean() ? null : pick(groups), start, end));
        }
    }

    private void run(Command command) {
        p.stack.execute(command);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void assertInsideTheText(String at) {
        int length = document.getLength();
        for (Coding coding : document.getCodings()) {
            assertTrue(coding.getStart() >= 0 && coding.getStart() < coding.getEnd() && coding.getEnd() <= length,
                    at + ": coding " + coding.getStart() + "-" + coding.getEnd() + " outside 0-" + length);
        }
    }

    private void assertModelAndDatabaseAgree(String at) throws Exception {
        String text = p.store.text(document);
        assertEquals(TextPositions.codePointLength(text), document.getLength(), at + ": length");
        try (Persisted db = p.persisted()) {
            assertEquals(codings(document.getCodings()), codings(db.get(document).getCodings()), at + ": codings");
            assertEquals(document.getLength(), db.get(document).getLength(), at + ": stored length");
        }
    }

    private static TreeSet<String> codings(List<Coding> codings) {
        TreeSet<String> lines = new TreeSet<>();
        for (Coding c : new ArrayList<>(codings)) {
            lines.add(c.getGuid() + " " + c.getCode().getGuid() + " " + c.getStart() + "-" + c.getEnd());
        }
        return lines;
    }
}
