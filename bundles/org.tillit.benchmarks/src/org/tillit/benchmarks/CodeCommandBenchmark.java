package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/**
 * Merge and delete of a code with about 15,000 codings, and their undo, through the command stack
 * on the open project (the goal: each under 300 ms). The code nearest to 15,000 codings is
 * merged into the most used code; the next nearest is deleted. Both leave the project as it was.
 */
final class CodeCommandBenchmark {

    private static final int WANTED = 15_000;
    private static final int ROUNDS = 5;
    private static final double GOAL_MS = 300;

    private final ProjectStore store;
    private final Map<Code, Integer> perCode = new HashMap<>();

    CodeCommandBenchmark(ProjectStore store) {
        this.store = store;
        for (Document document : store.documents()) {
            document.getCodings().forEach(c -> perCode.merge(c.getCode(), 1, Integer::sum));
        }
    }

    /** The code with the most codings. */
    Code busiest() {
        return perCode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    void measure(Figures figures) {
        Code target = busiest();
        List<Code> nearest = perCode.keySet().stream()
                .filter(c -> c != target && c.getChildren().isEmpty())
                .sorted(Comparator.comparingInt(c -> Math.abs(perCode.get(c) - WANTED)))
                .limit(2).toList();
        Code merged = nearest.get(0);
        Code deleted = nearest.get(1);
        int mergedCount = perCode.get(merged);
        int targetCount = perCode.get(target);
        int deletedCount = perCode.get(deleted);
        String picked = "merged: '" + merged.getLabelEn() + "' (" + mergedCount + " codings) into '"
                + target.getLabelEn() + "' (" + targetCount + "); deleted: '" + deleted.getLabelEn() + "' ("
                + deletedCount + " codings); " + ROUNDS + " rounds of execute and undo each";
        System.out.println("benchmark: " + picked);
        figures.note(picked);

        ProjectCommandStack stack = new ProjectCommandStack();
        CommandRounds merges = CommandRounds.run(stack, () -> new MergeCodesCommand(store, merged, target), ROUNDS,
                () -> assertEquals(targetCount + mergedCount, store.codingsOf(target).size(), "merged"),
                () -> assertEquals(mergedCount, store.codingsOf(merged).size(), "merge undone"));
        figures.timed("merge a code of " + mergedCount + " codings (MergeCodesCommand)", merges.executions,
                merges.executionSpread(), GOAL_MS);
        figures.timed("undo of the merge", merges.undos, merges.undoSpread(), GOAL_MS);

        CommandRounds deletes = CommandRounds.run(stack, () -> new DeleteCodeCommand(store, deleted), ROUNDS,
                () -> assertEquals(0, store.codingsOf(deleted).size(), "deleted"),
                () -> assertEquals(deletedCount, store.codingsOf(deleted).size(), "delete undone"));
        figures.timed("delete a code of " + deletedCount + " codings (DeleteCodeCommand)", deletes.executions,
                deletes.executionSpread(), GOAL_MS);
        figures.timed("undo of the delete", deletes.undos, deletes.undoSpread(), Double.NaN);
        if (!merges.cutShort().isEmpty()) {
            figures.note("merge and its undo: " + merges.cutShort());
        }
        if (!deletes.cutShort().isEmpty()) {
            figures.note("delete and its undo: " + deletes.cutShort());
        }
    }
}
