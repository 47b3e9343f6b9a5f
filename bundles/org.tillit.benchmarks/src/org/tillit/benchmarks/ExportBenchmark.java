package org.tillit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tillit.export.CitationTemplate;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.QuoteReportContent;
import org.tillit.export.QuoteReportDocx;
import org.tillit.export.QuoteReportOptions;
import org.tillit.export.QuoteReports;
import org.tillit.export.ResultTables;
import org.tillit.export.XlsxExport;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;
import org.tillit.store.ProjectStore;

/**
 * Exports of the generated project: a DOCX quote report of about 5,000 quotes (the most used codes
 * by role) and an XLSX of the whole comparison matrix (every code x role, long form and both
 * matrices), each timed from the query to the written file.
 */
final class ExportBenchmark {

    private static final int WARMUP = 1;
    private static final int MEASURED = 3;
    /** The quote report's size in the benchmark. */
    private static final int QUOTES = 5000;

    private final ProjectStore store;
    private final Path folder;

    ExportBenchmark(ProjectStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    void measure(Figures figures) throws Exception {
        Grouping byRole = Grouping.byAttribute(QueryStrategyBenchmark.role(store));
        Provenance provenance = new Provenance(Map.of("export", "benchmark"), Instant.now(), ProjectState.of(store), "bench");
        List<Code> quoted = aboutFiveThousand();
        QuoteReportOptions options = QuoteReportOptions.standard(
                CitationTemplate.parse(CitationTemplate.SWEDISH, List.of()), Language.SV).questions(true);
        Path report = Files.createTempFile(folder.getParent(), "quotes", ".docx");
        int[] quotes = new int[1];
        figures.timed("export: DOCX quote report (with the interviewer's questions)", Figures.Samples.of(WARMUP, MEASURED,
                () -> {
                    long t = System.nanoTime();
                    ComparisonMatrix matrix = Comparison.compute(store, ComparisonSpec.of(byRole).codes(quoted));
                    QuoteReportContent content = QuoteReports.of(store, matrix, "Citat", options);
                    QuoteReportDocx.write(content, options, provenance, report);
                    quotes[0] = content.codes().stream().flatMap(c -> c.groups().stream()).mapToInt(g -> g.quotes().size())
                            .sum();
                    return System.nanoTime() - t;
                }), String.format(Locale.ROOT, "; %,d quotes of %d codes, %,d KB", quotes[0], quoted.size(),
                        Files.size(report) / 1024), 5000);
        assertTrue(quotes[0] >= QUOTES && quotes[0] <= QUOTES + QUOTES / 10, "about 5,000 quotes: " + quotes[0]);
        Path workbook = Files.createTempFile(folder.getParent(), "matrix", ".xlsx");
        int[] rows = new int[1];
        figures.timed("export: XLSX of every code x role (long form, counts, percentages)", Figures.Samples.of(WARMUP,
                MEASURED, () -> {
                    long t = System.nanoTime();
                    ComparisonMatrix matrix = Comparison.compute(store, ComparisonSpec.of(byRole));
                    XlsxExport.write(ResultTables.comparison(matrix), provenance, workbook);
                    rows[0] = matrix.rows().size();
                    return System.nanoTime() - t;
                }), String.format(Locale.ROOT, "; %d codes, %,d KB", rows[0], Files.size(workbook) / 1024), 5000);
        assertEquals(store.read(p -> CodeTree.allCodes(p.getCodebook()).size()), rows[0], "every code is a row");
        Files.delete(report);
        Files.delete(workbook);
    }

    /**
     * The most used codes whose codings add up to 5,000–5,500: a code that would overshoot is
     * passed over (the most used code alone has about 29,000 codings, six times the report asked for).
     */
    private List<Code> aboutFiveThousand() {
        List<Code> byUse = store.read(p -> CodeTree.allCodes(p.getCodebook())).stream()
                .sorted(Comparator.comparingInt(store::codingCount).reversed()).toList();
        List<Code> chosen = new ArrayList<>();
        int total = 0;
        for (Code code : byUse) {
            if (total >= QUOTES) {
                break;
            }
            int codings = store.codingCount(code);
            if (total + codings <= QUOTES + QUOTES / 10) {
                chosen.add(code);
                total += codings;
            }
        }
        return chosen;
    }
}
