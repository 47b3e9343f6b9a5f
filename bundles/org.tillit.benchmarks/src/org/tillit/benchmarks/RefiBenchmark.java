package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * REFI-QDA export of the generated project (1,000 documents, 5 million characters, 200,000
 * codings) to .qdpx and its import into a new project: the time of each (goal 15 s), beside a raw
 * unzip of the same archive with a StAX pass over its project.qde (each within three times that),
 * and the heap the export needs beyond the open project (well under three times the texts' size
 * in memory, UTF-16). Run
 * alone with {@code -Dtillit.benchmark.only=refi}; prints a table and writes
 * target/refi-benchmark-results.txt. Asserts the archive's size, nothing about time.
 */
class RefiBenchmark {

    private static final int WARMUP = 1;
    private static final int MEASURED = 3;
    private static final double GOAL_MS = 15_000;
    /** How many times a raw unzip with a StAX pass an export or import may take. */
    private static final double RAW_FACTOR = 3;
    private static final int IMPORTS = 2;
    /** How often the heap is sampled (after a collection) while an export runs, in progress steps. */
    private static final int SAMPLE_EVERY = 20;

    @Test
    void exportQdpx() throws Exception {
        if (!BenchmarkSelection.runs("refi")) {
            return; // -Dtillit.benchmark.only names others
        }
        ProjectGenerator.Size size = ProjectGenerator.ISSUE_SIZE;
        Path out = BenchmarkSelection.outFolder();
        Path folder = out.resolve("refi-benchmark-project");
        long generatedMs = System.nanoTime();
        new ProjectGenerator().generate(folder, size);
        generatedMs = (System.nanoTime() - generatedMs) / 1_000_000;
        Path file = out.resolve("refi-benchmark.qdpx");
        Figures figures = new Figures();
        Figures.Samples exports;
        try (ProjectStore store = new H2ProjectStoreFactory().open(folder)) {
            long textBytes = 0;
            for (Document document : store.documents()) {
                textBytes += 2L * store.text(document).length(); // as Java holds it: UTF-16
            }
            exports = Figures.Samples.of(WARMUP, MEASURED, () -> {
                long start = System.nanoTime();
                QdpxExport.write(store, file, new NullProgressMonitor());
                return System.nanoTime() - start;
            });
            figures.timed("REFI-QDA export: .qdpx of the whole project", exports,
                    String.format(Locale.ROOT, "; %,d KB", Files.size(file) / 1024), GOAL_MS);
            double goalMb = textBytes * 3 / 1048576.0;
            long baseline = Heap.usedAfterGc();
            pools().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = new HeapSampler();
            QdpxExport.write(store, file, sampler);
            long poolPeak = pools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            figures.single("heap kept during the export (max after GC, minus the open project)", "MB",
                    (sampler.maxUsed - baseline) / 1048576.0, String.format(Locale.ROOT, "%d samples; texts %.1f MB (UTF-16)",
                            sampler.samples, textBytes / 1048576.0), goalMb);
            figures.single("heap peak during the export, with garbage (sum of pool peaks)", "MB",
                    (poolPeak - baseline) / 1048576.0, "the collector runs when it likes", Double.NaN);
            checkArchive(store, file, size);
        }
        Figures.Samples raw = Figures.Samples.of(1, MEASURED, () -> rawPass(file));
        figures.timed("raw: unzip every entry and a StAX pass over project.qde", raw, Double.NaN);
        Figures.Samples imports = Figures.Samples.of(0, IMPORTS, () -> importIntoANewProject(file, out));
        figures.timed("REFI-QDA import: the .qdpx into a new project (read, plan, one command)", imports, GOAL_MS);
        figures.single("export / raw (medians)", "x", exports.medianMs() / raw.medianMs(), RAW_FACTOR);
        figures.single("import / raw (medians)", "x", imports.medianMs() / raw.medianMs(), RAW_FACTOR);
        List<String> header = new ArrayList<>();
        header.add("date: " + ZonedDateTime.now() + "; Java " + System.getProperty("java.version") + "; "
                + Runtime.getRuntime().availableProcessors() + " cores; max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        header.add(String.format(Locale.ROOT, "project: %,d documents, %,d characters, %,d codes, %,d codings; generated "
                + "in %.1f s", size.documents(), size.characters(), size.codes(), size.codings(), generatedMs / 1000.0));
        header.add("warm-up " + WARMUP + " export(s) before the measured ones; the heap is measured in one more export");
        figures.note(figures.allPass() ? "all targets met" : "TARGETS MISSED: see MISS above");
        String report = figures.table(header);
        System.out.println();
        System.out.print(report);
        Files.writeString(out.resolve("refi-benchmark-results.txt"), report, StandardCharsets.UTF_8);
    }

    /** What the archive costs to read at all: every entry inflated, every XML event of project.qde pulled. */
    private static long rawPass(Path file) throws Exception {
        long start = System.nanoTime();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            byte[] buffer = new byte[1 << 16];
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("project.qde")) {
                        XMLInputFactory factory = XMLInputFactory.newFactory();
                        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                        XMLStreamReader reader = factory.createXMLStreamReader(in);
                        while (reader.hasNext()) {
                            reader.next();
                        }
                        reader.close();
                    } else {
                        while (in.read(buffer) >= 0) {
                            // inflating is the cost measured
                        }
                    }
                }
            }
        }
        return System.nanoTime() - start;
    }

    /** Reads, plans and applies the archive in a new empty project (made before the clock starts). */
    private static long importIntoANewProject(Path file, Path out) throws Exception {
        Path folder = Files.createTempDirectory(out, "refi-import-");
        try (ProjectStore store = new H2ProjectStoreFactory().createEmpty(folder)) {
            long start = System.nanoTime();
            ImportRefiCommand command = new ImportRefiCommand(store, RefiImportPlan.of(QdpxImport.read(file, null), store));
            command.execute();
            long took = System.nanoTime() - start;
            assertEquals(1000, store.documents().size(), "every document imported");
            assertEquals(200_000, store.documents().stream().mapToInt(d -> d.getCodings().size()).sum(), "every coding");
            return took;
        }
    }

    /** One text per document in sources/, beside project.qde. */
    private static void checkArchive(ProjectStore store, Path file, ProjectGenerator.Size size) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(size.documents() + 1, zip.size(), "project.qde and a text per document (the originals are .txt)");
        }
        assertEquals(size.documents(), store.documents().size());
    }

    private static List<MemoryPoolMXBean> pools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    /** Samples the heap after a collection every {@link #SAMPLE_EVERY} progress steps of an export. */
    private static final class HeapSampler extends NullProgressMonitor {
        private int steps;
        int samples;
        long maxUsed;

        @Override
        public void worked(int work) {
            if (++steps % SAMPLE_EVERY == 0) {
                System.gc();
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                samples++;
            }
        }
    }
}
