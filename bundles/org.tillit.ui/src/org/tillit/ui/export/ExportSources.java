package org.tillit.ui.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.tillit.charts.ComparisonCharts;
import org.tillit.export.ChartPicture;
import org.tillit.export.CodebookExport;
import org.tillit.export.CsvExport;
import org.tillit.export.ExportArguments;
import org.tillit.export.DocxTables;
import org.tillit.export.ExportTable;
import org.tillit.export.MarkdownExport;
import org.tillit.export.Provenance;
import org.tillit.export.Pseudonyms;
import org.tillit.export.QuoteReportContent;
import org.tillit.export.QuoteReportDocx;
import org.tillit.export.QuoteReportMarkdown;
import org.tillit.export.QuoteReportOptions;
import org.tillit.export.QuoteReports;
import org.tillit.export.ResultTables;
import org.tillit.export.XlsxExport;
import org.tillit.model.Code;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.CoderAgreement;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.query.Hit;
import org.tillit.query.Segment;
import org.tillit.query.Unit;
import org.tillit.store.ProjectStore;

/** The results of the views as export sources, written by the export core as the command line writes them. */
public final class ExportSources {

    private static final List<ExportFormat> EVERY = List.of(ExportFormat.values());
    private static final List<ExportFormat> REPORT_FIRST = List.of(ExportFormat.DOCX, ExportFormat.MARKDOWN,
            ExportFormat.XLSX, ExportFormat.CSV, ExportFormat.CSV_SWEDISH_EXCEL);

    private ExportSources() {
    }

    /** Coded segments of a code, one row each, cited by the template, names replaced; {@code selected}: the rows chosen. */
    public static ExportSource segments(ProjectStore store, String codePath, List<Segment> segments, boolean selected,
            Map<String, String> query, ExportArguments replay) {
        List<Segment> exported = List.copyOf(segments);
        String title = selected ? NLS.bind(Messages.Title_selectedSegments, exported.size(), codePath)
                : NLS.bind(Messages.Title_segments, codePath);
        return new ExportSource(title, ExportSource.Kind.SEGMENTS, EVERY, Messages.File_segments, query,
                selected ? null : replay, false, (request, provenance) -> {
                    Pseudonyms names = request.pseudonyms().fresh();
                    ExportTable table = ResultTables.segments(exported, attributeNames(store, request.language()),
                            request.citation(), names);
                    tables(List.of(table), null, title, provenance, request);
                    return new ExportOutcome(request.file(), exported.size(), names.replacements(), request.pseudonymised());
                });
    }

    /**
     * A comparison: the long form, then the matrices of counts and of the cases' percentages; its
     * bar chart in the unit shown, when asked for.
     */
    public static ExportSource comparison(String groupedBy, ComparisonMatrix matrix, Unit unit, Map<String, String> query,
            ExportArguments replay) {
        String title = NLS.bind(Messages.Title_comparison, groupedBy);
        return new ExportSource(title, ExportSource.Kind.TABLES, EVERY, Messages.File_comparison, query, replay, true,
                (request, provenance) -> {
                    tables(ResultTables.comparison(matrix), chart(request, matrix, unit), title, provenance, request);
                    return new ExportOutcome(request.file(), matrix.rows().size(), 0, false);
                });
    }

    /**
     * The quote report of a comparison's codes and groups; the matrix is asked for in the export job.
     * Its chart counts in {@code unit}, when asked for.
     */
    public static ExportSource quoteReport(ProjectStore store, String title, Supplier<ComparisonMatrix> matrix, Unit unit,
            Map<String, String> query, ExportArguments replay) {
        return new ExportSource(title, ExportSource.Kind.QUOTES, REPORT_FIRST, Messages.File_quotes, query, replay, true,
                (request, provenance) -> {
                    QuoteReportOptions options = request.quoteReportOptions();
                    ComparisonMatrix compared = matrix.get();
                    QuoteReportContent report = QuoteReports.of(store, compared, title, options);
                    ChartPicture chart = chart(request, compared, unit);
                    switch (request.format()) {
                        case DOCX -> QuoteReportDocx.write(report, options, chart, provenance, request.file());
                        case MARKDOWN -> QuoteReportMarkdown.write(report, options, request.file());
                        default -> tables(List.of(ResultTables.quotes(report)), chart, title, provenance, request);
                    }
                    int quotes = report.codes().stream().flatMap(c -> c.groups().stream())
                            .mapToInt(g -> g.quotes().size()).sum();
                    return new ExportOutcome(request.file(), quotes, report.replacements(), request.pseudonymised());
                });
    }

    /** "Quotes by Roll": the title of the quotes of a comparison grouped by this attribute (or code sets, documents). */
    public static String quotesBy(String groupedBy) {
        return NLS.bind(Messages.Title_quotes, groupedBy);
    }

    /** "Quotes by Roll" from the quote matrix's own "by Roll". */
    public static String quotesAsShown(String byWhat) {
        return NLS.bind(Messages.Title_quotesShown, byWhat);
    }

    /** A co-occurrence matrix: a row per pair of codes, and the code x code matrix. */
    public static ExportSource cooccurrence(CooccurrenceMatrix matrix, Map<String, String> query, ExportArguments replay) {
        return tableSource(Messages.Title_cooccurrence, Messages.File_cooccurrence, query, replay,
                () -> ResultTables.cooccurrence(matrix), matrix.codes().size());
    }

    /** Agreement between coders per code and group, and where two of them disagree. */
    public static ExportSource agreement(List<CoderAgreement.Row> rows, List<CoderAgreement.Disagreement> disagreements,
            Function<Code, String> path, Function<CoderAgreement.Disagreement, String> text, Map<String, String> query,
            ExportArguments replay) {
        List<CoderAgreement.Row> exported = List.copyOf(rows);
        List<CoderAgreement.Disagreement> apart = List.copyOf(disagreements);
        return tableSource(Messages.Title_agreement, Messages.File_agreement, query, replay,
                () -> ResultTables.agreement(exported, apart, path, text), exported.size());
    }

    /**
     * The codebook for an article's appendix, in Word or Markdown: its hierarchy, labels and
     * definitions in the language shown, and counts (as {@code ./tillit export codebook}).
     */
    public static ExportSource codebook(ProjectStore store, Language language) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(ExportArguments.KIND_FIELD, ExportArguments.CODEBOOK);
        query.put(ExportArguments.LANG, language.tag());
        ExportArguments replay = ExportArguments.of(ExportArguments.CODEBOOK).option(ExportArguments.LANG, language.tag());
        return new ExportSource(Messages.Title_codebook, ExportSource.Kind.TABLES,
                List.of(ExportFormat.DOCX, ExportFormat.MARKDOWN), Messages.File_codebook, query, replay, false,
                (request, provenance) -> {
                    CodebookExport codebook = CodebookExport.of(store, language);
                    if (request.format() == ExportFormat.DOCX) {
                        codebook.writeDocx(provenance, request.file());
                    } else {
                        codebook.writeMarkdown(request.file());
                    }
                    return new ExportOutcome(request.file(), codebook.codes().size(), 0, false);
                });
    }

    /** Text search hits, one row each. */
    public static ExportSource hits(String searched, List<Hit> hits, Map<String, String> query, ExportArguments replay) {
        List<Hit> exported = List.copyOf(hits);
        return tableSource(NLS.bind(Messages.Title_hits, searched), Messages.File_search, query, replay,
                () -> List.of(ResultTables.hits(exported)), exported.size());
    }

    /** What the tables are made of, made in the export job. */
    private interface Tables {
        List<ExportTable> make();
    }

    private static ExportSource tableSource(String title, String fileStem, Map<String, String> query,
            ExportArguments replay, Tables made, int items) {
        return new ExportSource(title, ExportSource.Kind.TABLES, EVERY, fileStem, query, replay, false, (request, provenance) -> {
            tables(made.make(), null, title, provenance, request);
            return new ExportOutcome(request.file(), items, 0, false);
        });
    }

    /** The comparison's bar chart for a Word or Excel file, when the dialog asked for it; else null. */
    private static ChartPicture chart(ExportRequest request, ComparisonMatrix matrix, Unit unit) {
        if (!request.chart() || !request.format().holdsPictures()) {
            return null;
        }
        return ChartPicture.of(ComparisonCharts.png(matrix, unit, Percentages.NONE, ChartPicture.LAYOUT_WIDTH,
                ChartPicture.LAYOUT_HEIGHT, ChartPicture.PRINT_SCALE));
    }

    /** Tables in the format asked for; a CSV file holds the first (the one a statistics program reads). */
    private static void tables(List<ExportTable> tables, ChartPicture chart, String title, Provenance provenance,
            ExportRequest request) {
        switch (request.format()) {
            case CSV -> CsvExport.write(tables.get(0), request.file(), CsvExport.Dialect.STANDARD);
            case CSV_SWEDISH_EXCEL -> CsvExport.write(tables.get(0), request.file(), CsvExport.Dialect.SWEDISH_EXCEL);
            case XLSX -> XlsxExport.write(tables, chart, provenance, request.file());
            case DOCX -> DocxTables.write(tables, chart, title, provenance, request.file());
            case MARKDOWN -> MarkdownExport.write(tables, title, request.file());
        }
    }

    /** The attributes a citation can name, as the project names them in its language. */
    public static List<String> attributeNames(ProjectStore store, Language language) {
        return store.read(p -> p.getAttributeDefinitions().stream().map(d -> Labels.name(d, language)).toList());
    }
}
