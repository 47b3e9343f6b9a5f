package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/**
 * Read-only queries on the open project, which the issue wants indexed: casesOf for every
 * document, documentWithSha256 (of every document, and of hashes no document has, as each new
 * file of an import asks), codingsOf the most used code, and text of a document. The issue sets
 * no goals for them: they are information.
 */
final class LookupBenchmark {

    private static final int WARMUP_PASSES = 5;
    private static final int PASSES = 20;
    private static final int WARMUP = 50;
    private static final int MEASURED = 300;

    private final ProjectStore store;
    private final List<Document> documents;
    private final Random random;

    LookupBenchmark(ProjectStore store, Random random) {
        this.store = store;
        this.documents = store.documents();
        this.random = random;
    }

    void measure(Figures figures, Code busiest) throws Exception {
        figures.perCall("casesOf(document), per call, every document", passes(documents.size(), () -> {
            int cases = 0;
            for (Document document : documents) {
                cases += store.casesOf(document).size();
            }
            return cases;
        }), documents.size(), Double.NaN);

        List<String> present = new ArrayList<>(documents.stream().map(Document::getSha256).toList());
        Collections.shuffle(present, random);
        figures.perCall("documentWithSha256, per call, hash of a document", passes(present.size(), () -> {
            int found = 0;
            for (String sha256 : present) {
                found += store.documentWithSha256(sha256).isPresent() ? 1 : 0;
            }
            return found;
        }), present.size(), Double.NaN);

        List<String> absent = new ArrayList<>();
        byte[] bytes = new byte[32];
        for (int i = 0; i < present.size(); i++) {
            random.nextBytes(bytes);
            absent.add(HexFormat.of().formatHex(bytes));
        }
        figures.perCall("documentWithSha256, per call, hash no document has", passes(0, () -> {
            int found = 0;
            for (String sha256 : absent) {
                found += store.documentWithSha256(sha256).isPresent() ? 1 : 0;
            }
            return found;
        }), absent.size(), Double.NaN);

        int[] found = new int[1];
        Figures.Samples codingsOf = Figures.Samples.of(20, 100, () -> {
            long t = System.nanoTime();
            found[0] = store.codingsOf(busiest).size();
            return System.nanoTime() - t;
        });
        figures.timed("codingsOf(most used code, " + found[0] + " codings)", codingsOf, Double.NaN);

        figures.timed("text(document) of ~5,000 characters", Figures.Samples.of(WARMUP, MEASURED, () -> {
            Document document = documents.get(random.nextInt(documents.size()));
            long t = System.nanoTime();
            String plain = store.text(document);
            long elapsed = System.nanoTime() - t;
            assertEquals(document.getLength(), plain.codePointCount(0, plain.length()));
            return elapsed;
        }), Double.NaN);
    }

    /** A pass of many calls; it returns what the calls found, to check. */
    private interface Pass {
        int run();
    }

    /** Times PASSES passes after WARMUP_PASSES untimed ones, checking what each found. */
    private static Figures.Samples passes(int expected, Pass pass) throws Exception {
        return Figures.Samples.of(WARMUP_PASSES, PASSES, () -> {
            long t = System.nanoTime();
            int found = pass.run();
            long elapsed = System.nanoTime() - t;
            assertEquals(expected, found, "what the lookups found");
            return elapsed;
        });
    }
}
