package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.store.ProjectStoreException;

/**
 * The ledger of {@link CrashSafetyTest}: what {@link CrashWorker} said had committed (a
 * {@code BEGIN} line followed by {@code DONE}), the one change it had begun when it was killed,
 * and the check of a reopened project against both.
 */
final class CommittedChanges {

    private record Range(String codeGuid, int start, int end) {
    }

    private final List<String> groups;
    /** Acknowledged codings in the order they were acknowledged. */
    private final Map<String, Range> codings = new LinkedHashMap<>();
    /** For messages: when each coding was acknowledged (round, change in the round). */
    private final Map<String, String> when = new HashMap<>();
    private final Map<Integer, Integer> perRound = new HashMap<>();
    private int round;
    /** Every code of the project (the TBSL codebook and those added) with its committed label. */
    private final Map<String, String> labels = new HashMap<>();
    /** Added codes and their parents. */
    private final Map<String, String> added = new HashMap<>();
    private final Map<String, Integer> acknowledged = new HashMap<>();
    /** The tokens of a BEGIN line not yet followed by DONE. */
    private String[] pending;

    /** Starts from the project as created (its codebook; no codings). */
    CommittedChanges(ProjectFixture p) {
        groups = p.store.codebook().getCodes().stream().map(Code::getGuid).toList();
        allCodes(p).forEach((guid, code) -> labels.put(guid, code.getLabelSv()));
    }

    void startRound(int number) {
        round = number;
    }

    /**
     * Takes one line of the worker's output.
     *
     * @return whether it acknowledged a change
     */
    boolean read(String line) {
        String[] tokens = line.split(" ");
        switch (tokens[0]) {
            case CrashWorker.READY -> {
                return false;
            }
            case CrashWorker.BEGIN -> {
                assertNull(pending, "BEGIN without DONE before: " + line);
                pending = tokens;
                return false;
            }
            case CrashWorker.DONE -> {
                assertTrue(pending != null, "DONE without BEGIN");
                commit(pending);
                acknowledged.merge(pending[1], 1, Integer::sum);
                pending = null;
                return true;
            }
            default -> throw new AssertionError("unexpected line from the worker: " + line);
        }
    }

    private void commit(String[] change) {
        switch (change[1]) {
            case CrashWorker.CODING -> {
                codings.put(change[2], new Range(change[3], Integer.parseInt(change[4]), Integer.parseInt(change[5])));
                when.put(change[2], "round " + round + ", change " + (perRound.merge(round, 1, Integer::sum)));
            }
            case CrashWorker.RENAME -> {
                labels.put(change[2], change[3]);
                perRound.merge(round, 1, Integer::sum);
            }
            case CrashWorker.ADD -> {
                perRound.merge(round, 1, Integer::sum);
                added.put(change[2], change[3]);
                labels.put(change[2], change[4]);
            }
            default -> throw new AssertionError("unknown change " + String.join(" ", change));
        }
    }

    /** Whether the worker was killed between beginning a change and acknowledging it. */
    boolean inFlight() {
        return pending != null;
    }

    int acknowledged() {
        return acknowledged.values().stream().mapToInt(Integer::intValue).sum();
    }

    int acknowledged(String kind) {
        return acknowledged.getOrDefault(kind, 0);
    }

    /**
     * Checks the reopened project: every acknowledged change is there, nothing else is, except
     * the change in flight at the kill, which may have committed or not (never half).
     *
     * @return whether the change in flight had committed; it then counts as done from here on
     */
    boolean verify(ProjectFixture p) throws ProjectStoreException {
        assertEquals(groups, p.store.codebook().getCodes().stream().map(Code::getGuid).toList(),
                "the TBSL groups at the top of the codebook");
        assertEquals(1, p.store.documents().size(), "documents");
        Document document = p.store.documents().get(0);
        Map<String, Coding> modelCodings = new HashMap<>();
        for (Coding coding : document.getCodings()) {
            modelCodings.put(coding.getGuid(), coding);
            assertTrue(coding.getStart() >= 0 && coding.getStart() < coding.getEnd()
                    && coding.getEnd() <= document.getLength(), "coding out of the document's range");
        }
        Map<String, Code> codes = allCodes(p);
        try (Persisted db = p.persisted()) {
            assertEquals(modelCodings.keySet(), guids(db.all(Coding.class)), "codings in the model and in the database");
            assertEquals(codes.keySet(), guids(db.all(Code.class)), "codes in the model and in the database");
        }

        boolean landed = false;
        String[] inFlight = pending;
        pending = null;
        if (inFlight != null) {
            landed = switch (inFlight[1]) {
                case CrashWorker.CODING -> modelCodings.containsKey(inFlight[2]);
                case CrashWorker.RENAME -> codes.containsKey(inFlight[2])
                        && inFlight[3].equals(codes.get(inFlight[2]).getLabelSv());
                case CrashWorker.ADD -> codes.containsKey(inFlight[2]);
                default -> throw new AssertionError("unknown change " + String.join(" ", inFlight));
            };
            if (landed) {
                commit(inFlight);
            }
        }

        List<String> lost = codings.keySet().stream().filter(guid -> !modelCodings.containsKey(guid)).toList();
        Set<String> unknown = new TreeSet<>(modelCodings.keySet());
        unknown.removeAll(codings.keySet());
        if (!lost.isEmpty() || !unknown.isEmpty()) {
            fail(lost.size() + " of " + codings.size() + " acknowledged codings are lost "
                    + lost.stream().limit(5).map(guid -> guid + " (" + when.get(guid) + ")").toList() + ", "
                    + unknown.size() + " codings nobody committed are there " + unknown.stream().limit(5).toList()
                    + "; changes acknowledged per round: " + perRound);
        }
        codings.forEach((guid, range) -> {
            Coding coding = modelCodings.get(guid);
            assertEquals(range, new Range(coding.getCode().getGuid(), coding.getStart(), coding.getEnd()),
                    "coding " + guid);
        });
        assertEquals(new TreeSet<>(labels.keySet()), new TreeSet<>(codes.keySet()),
                "codes: the TBSL codebook and every acknowledged added code");
        added.forEach((guid, parent) -> assertEquals(parent, codes.get(guid).getParent().getGuid(),
                "parent of added code " + guid));
        List<String> wrongLabels = labels.entrySet().stream()
                .filter(e -> !e.getValue().equals(codes.get(e.getKey()).getLabelSv()))
                .map(e -> e.getKey() + " is '" + codes.get(e.getKey()).getLabelSv() + "', not '" + e.getValue() + "'")
                .toList();
        assertTrue(wrongLabels.isEmpty(), wrongLabels.size() + " codes lost their last acknowledged rename: "
                + wrongLabels.stream().limit(5).toList() + "; changes acknowledged per round: " + perRound);
        return landed;
    }

    private static Set<String> guids(List<? extends Identified> objects) {
        return objects.stream().map(Identified::getGuid).collect(Collectors.toSet());
    }

    private static Map<String, Code> allCodes(ProjectFixture p) {
        Map<String, Code> codes = new HashMap<>();
        p.store.codebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code) {
                codes.put(code.getGuid(), code);
            }
        });
        return codes;
    }
}
