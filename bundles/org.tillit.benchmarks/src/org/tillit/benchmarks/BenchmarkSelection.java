package org.tillit.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which benchmarks a run does: {@code -Dtillit.benchmark.only=editor} (or a comma list of
 * project, import, refi, editor) runs only those, so a run about the editor need not wait for the
 * project benchmark; empty runs all.
 */
public final class BenchmarkSelection {

    private BenchmarkSelection() {
    }

    /** Where benchmarks put their projects and results: {@code -Dtillit.benchmark.out} (the module's target folder). */
    static Path outFolder() {
        return Path.of(System.getProperty("tillit.benchmark.out", "target")).toAbsolutePath();
    }

    public static boolean runs(String benchmark) {
        String only = System.getProperty("tillit.benchmark.only", "").trim();
        return only.isEmpty() || Arrays.stream(only.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).anyMatch(benchmark::equals);
    }
}
