package org.tillit.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.tillit.benchmarks.BenchmarkSelection;
import org.tillit.benchmarks.Figures;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/**
 * The coding editor's speed (issue 9): on a generated 300,000-character transcript with 2,000
 * codings and a 1,000,000-character one with 10,000, in a real SWT shell (see
 * {@link EditorMeasurements}). Prints a table like {@link ProjectBenchmark}'s and writes it to
 * target/editor-benchmark-results.txt. Needs a display (run under xvfb-run); without one it says
 * it was skipped and passes. Only correctness is asserted, never time.
 */
class EditorBenchmark {

    @Test
    void measure() throws Exception {
        if (!BenchmarkSelection.runs("editor")) {
            return;
        }
        Path out = Path.of(System.getProperty("tillit.benchmark.out", "target")).toAbsolutePath();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            skipped(out, "no DISPLAY (run the benchmark under xvfb-run -a -s \"-screen 0 1280x1024x24\")");
            return;
        }
        Display swt;
        try {
            swt = new Display();
        } catch (SWTError e) {
            skipped(out, "SWT could not open display " + display + ": " + e.getMessage());
            return;
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Figures figures = new Figures();
        long generated;
        try {
            long t = System.nanoTime();
            try (ProjectStore store = EditorProject.generate(out.resolve("editor-benchmark-project"))) {
                generated = (System.nanoTime() - t) / 1_000_000;
                EditorMeasurements measurements = new EditorMeasurements(swt, store, figures, new Random(7));
                for (EditorProject.Transcript transcript : EditorProject.TRANSCRIPTS) {
                    Document document = documentNamed(store, transcript.name());
                    assertEquals(transcript.length(), document.getLength(), "length of " + transcript.name());
                    assertEquals(transcript.codings(), document.getCodings().size(), "codings of " + transcript.name());
                    boolean small = transcript.length() < 500_000;
                    measurements.measure(label(transcript), document, small ? 1000 : Double.NaN,
                            small ? Double.NaN : 150);
                }
            }
        } finally {
            swt.dispose();
        }
        List<String> header = new ArrayList<>();
        header.add("coding editor (issue 9); date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "; Java " + System.getProperty("java.version") + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MB; SWT " + SWT.getPlatform()
                + " " + SWT.getVersion() + " on DISPLAY " + display);
        header.add(String.format(Locale.ROOT, "system load average: %.2f before, %.2f after (timings are noisy "
                + "when other builds share the machine)", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        header.add(String.format(Locale.ROOT, "project: %s; generated through the store in %,d ms", transcripts(),
                generated));
        header.add("shell " + EditorWindow.WIDTH + "x" + EditorWindow.HEIGHT + " px; repaint = until the text's "
                + "paint has run (the event loop dispatching); idle = until no event is left (lanes, overview); "
                + "each change " + PaintTimings.PACE_MS + " ms after the last paint (a user's pace)");
        figures.note(figures.allPass() ? "all targets met" : "TARGETS MISSED: see MISS above");
        report(out, figures.table(header));
    }

    private static Document documentNamed(ProjectStore store, String name) {
        return store.documents().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String label(EditorProject.Transcript transcript) {
        return transcript.length() >= 1_000_000 ? transcript.length() / 1_000_000 + "M"
                : transcript.length() / 1000 + "k";
    }

    private static String transcripts() {
        return String.join(", ", EditorProject.TRANSCRIPTS.stream().map(t -> String.format(Locale.ROOT,
                "%,d characters with %,d codings", t.length(), t.codings())).toList());
    }

    private static void skipped(Path out, String why) throws Exception {
        report(out, "==== TILLIT EDITOR BENCHMARK: skipped: " + why + " ====\n");
    }

    private static void report(Path out, String text) throws Exception {
        System.out.println();
        System.out.print(text);
        Files.createDirectories(out);
        Files.writeString(out.resolve("editor-benchmark-results.txt"), text, StandardCharsets.UTF_8);
    }
}
