package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.importer.internal.DefaultDocumentImporter;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.TestDocuments;

/**
 * Import throughput against raw Tika extraction of the same files in the same JVM. The import
 * pipeline adds hashing, the zip-bomb check, normalisation, transcript structure, a copy of the
 * original and the database; the goal is at most 1.2 times raw Tika. Prints figures, asserts none
 * about time.
 */
class ImportBenchmark {

    private static final int FILES_PER_FORMAT = 40;
    /** A round takes under a second; the median of seven steadies it against a busy machine. */
    private static final int ROUNDS = 7;
    private static final double GOAL_RATIO = 1.2;

    @Test
    void importAgainstRawTika() throws Exception {
        if (!BenchmarkSelection.runs("import")) {
            return; // -Dtillit.benchmark.only names others
        }
        Path root = Path.of("target", "import-benchmark").toAbsolutePath();
        deleteTree(root);
        List<Path> files = generate(Files.createDirectories(root.resolve("files")));
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        // Both set up once, outside the timing: the parser here, the importer and its extractor (a
        // singleton service in the application) there.
        AutoDetectParser raw = new AutoDetectParser(new TikaConfig(TikaConfig.class.getClassLoader()));
        DefaultDocumentImporter importer = new DefaultDocumentImporter(new TikaDocumentExtractor());
        rawTika(raw, files); // warm-up: class loading and JIT for both paths
        importAll(importer, root.resolve("warm-up"), files);

        long[] rawNanos = new long[ROUNDS];
        long[][] importNanos = new long[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            rawTika(raw, files);
            rawNanos[round] = System.nanoTime() - start;
            long[] nanos = importAll(importer, root.resolve("round-" + round), files);
            importNanos[0][round] = nanos[0];
            importNanos[1][round] = nanos[1];
        }
        double rawMs = median(rawNanos) / 1e6;
        double importMs = median(importNanos[0]) / 1e6;
        double projectMs = median(importNanos[1]) / 1e6;
        double ratio = importMs / rawMs;
        String table = String.format(Locale.ROOT, """
                ================ TILLIT IMPORT BENCHMARK ================
                %d files (%d each of docx, odt, pdf, txt; %.1f MB), median of %d rounds after a warm-up
                raw Tika (AutoDetectParser to text, same JVM)    %8.0f ms  %6.1f ms/file
                Tillit import (hash, checks, extract, normalise,  %8.0f ms  %6.1f ms/file
                  structure, original copy, H2 commit)
                ratio import / raw Tika                           %8.2f   goal <= %.1f   %s
                not timed above: creating, opening and closing    %8.0f ms  (with it the ratio is %.2f)
                  the project, once per import rather than per file
                ============== END TILLIT IMPORT BENCHMARK ==============
                """, files.size(), FILES_PER_FORMAT, bytes / 1e6, ROUNDS, rawMs, rawMs / files.size(), importMs,
                importMs / files.size(), ratio, GOAL_RATIO, ratio <= GOAL_RATIO ? "PASS" : "MISS", projectMs,
                (importMs + projectMs) / rawMs);
        System.out.println(table);
        Files.writeString(Path.of("target", "import-benchmark-results.txt"), table, StandardCharsets.UTF_8);
    }

    private static List<Path> generate(Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES_PER_FORMAT; i++) {
            List<String> text = interview(i);
            files.add(TestDocuments.docx(folder.resolve("intervju-" + i + ".docx"), text));
            files.add(TestDocuments.odt(folder.resolve("intervju-" + i + ".odt"), text));
            files.add(TestDocuments.pdf(folder.resolve("intervju-" + i + ".pdf"), text.subList(0, 40)));
            files.add(TestDocuments.text(folder.resolve("intervju-" + i + ".txt"), text, StandardCharsets.UTF_8, false));
        }
        return files;
    }

    /** About 5,000 characters of turns, different for every file so none is a duplicate. */
    private static List<String> interview(int n) {
        List<String> lines = new ArrayList<>();
        for (int turn = 0; lines.stream().mapToInt(String::length).sum() < 5000; turn++) {
            lines.add((turn % 2 == 0 ? "I: " : "IP: ") + TestDocuments.INTERVIEW.get(turn % 4).substring(3)
                    + " (intervju " + n + ", replik " + turn + ")");
        }
        return lines;
    }

    private static void rawTika(AutoDetectParser parser, List<Path> files) throws Exception {
        for (Path file : files) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            try (InputStream in = TikaInputStream.get(file)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
            }
        }
    }

    /**
     * Imports the files into a new project. Returns the nanoseconds of the import itself and of
     * creating, opening and closing the project: a cost once per project, not per file, and one an
     * import into a project the researcher has open does not pay.
     */
    private static long[] importAll(DefaultDocumentImporter importer, Path project, List<Path> files)
            throws Exception {
        long start = System.nanoTime();
        ImportReport report;
        long importNanos;
        try (ProjectStore store = new H2ProjectStoreFactory().open(project)) {
            long opened = System.nanoTime();
            report = importer.importFiles(store, files, new NullProgressMonitor());
            importNanos = System.nanoTime() - opened;
        }
        long projectNanos = System.nanoTime() - start - importNanos;
        assertEquals(files.size(), report.count(Status.IMPORTED), report.outcomes().toString());
        return new long[] { importNanos, projectNanos };
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
