package org.tillit.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.tillit.charts.ComparisonCharts;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ChartPicture;
import org.tillit.export.CitationTemplate;
import org.tillit.export.CodebookExport;
import org.tillit.export.CsvExport;
import org.tillit.export.DocxTables;
import org.tillit.export.ExportArguments;
import org.tillit.export.ExportTable;
import org.tillit.export.MarkdownExport;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.ProvenanceRecord;
import org.tillit.export.Pseudonyms;
import org.tillit.export.QuoteReportContent;
import org.tillit.export.QuoteReportDocx;
import org.tillit.export.QuoteReportMarkdown;
import org.tillit.export.QuoteReportOptions;
import org.tillit.export.QuoteReports;
import org.tillit.export.ResultTables;
import org.tillit.export.XlsxExport;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.CoderAgreement;
import org.tillit.query.ComparisonMatrix.Percentages;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Hit;
import org.tillit.query.Segment;
import org.tillit.query.Unit;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * One export as the arguments ask for it: the result computed by the same query code as
 * {@code report}, written in the format asked for (or the one the file's extension names), the
 * arguments recorded in it, and beside a CSV or Markdown file a {@code .tillit-query.json} with the
 * same record, from which {@code export --replay} makes it again.
 */
final class ExportRun {

    static final List<String> KINDS = List.of(ExportArguments.SEGMENTS, ExportArguments.COMPARE, ExportArguments.QUOTES,
            ExportArguments.COOCCURRENCE, ExportArguments.SEARCH, ExportArguments.CODEBOOK, ExportArguments.AGREEMENT);
    static final String OUT = "out";
    static final String FORMAT = "format";
    static final String CITATION = ExportArguments.CITATION;
    static final String PSEUDONYMS = ExportArguments.PSEUDONYMS;
    static final String EXCEL = ExportArguments.EXCEL;
    static final String DEFINITIONS = ExportArguments.DEFINITIONS;
    static final String MEMOS = ExportArguments.MEMOS;
    static final String QUESTIONS = ExportArguments.QUESTIONS;
    static final String NO_COUNTS = ExportArguments.NO_COUNTS;
    static final String CHART = ExportArguments.CHART;
    static final String CHART_UNIT = ExportArguments.CHART_UNIT;
    static final String TEXT = ExportArguments.TEXT;
    static final String LANG = ExportArguments.LANG;
    static final List<String> FORMATS = List.of("csv", "xlsx", "docx", "md");
    private static final List<String> LANGUAGES = List.of(Language.SV.tag(), Language.EN.tag());

    private final ProjectStore store;
    private final String kind;
    private final Arguments arguments;

    ExportRun(ProjectStore store, String kind, Arguments arguments) {
        this.store = store;
        this.kind = kind;
        this.arguments = arguments;
    }

    static Set<String> options(String kind) {
        Set<String> options = new HashSet<>(switch (kind) {
            case "segments" -> SegmentsReport.OPTIONS;
            case "cooccurrence" -> CooccurrenceReport.OPTIONS;
            case "search" -> withText(SearchCommand.OPTIONS);
            case "codebook" -> Set.of(LANG);
            case "agreement" -> AgreementReport.OPTIONS;
            default -> CompareReport.OPTIONS;
        });
        options.addAll(Set.of(OUT, FORMAT, CITATION, PSEUDONYMS));
        if (charted(kind)) {
            options.add(CHART_UNIT);
        }
        return options;
    }

    static Set<String> flags(String kind) {
        Set<String> flags = new HashSet<>(switch (kind) {
            case "segments" -> SegmentsReport.FLAGS;
            case "compare", "quotes" -> CompareReport.FLAGS;
            case "search" -> SearchCommand.FLAGS;
            default -> Set.of();
        });
        flags.addAll(Set.of(EXCEL, DEFINITIONS, MEMOS, QUESTIONS, NO_COUNTS));
        if (charted(kind)) {
            flags.add(CHART);
        }
        return flags;
    }

    private static Set<String> withText(Set<String> options) {
        Set<String> with = new HashSet<>(options);
        with.add(TEXT);
        return with;
    }

    /** The exports of a comparison, which a chart of it can go with. */
    private static boolean charted(String kind) {
        return kind.equals("compare") || kind.equals("quotes");
    }

    /** Writes the export; prints what was written, and how many names were replaced. */
    int write(PrintStream out) {
        Path file = Path.of(arguments.required(OUT)).toAbsolutePath();
        String format = format(file);
        if (arguments.flag(CHART) && !(format.equals("docx") || format.equals("xlsx"))) {
            throw CliException.usage(NLS.bind(Messages.Export_chartFormats, format));
        }
        if (kind.equals("codebook") && !(format.equals("docx") || format.equals("md"))) {
            throw CliException.usage(NLS.bind(Messages.Export_codebookFormats, format));
        }
        Language language = QueryOptions.language(store);
        List<String> attributes = store.read(p -> p.getAttributeDefinitions().stream().map(d -> Labels.name(d, language))
                .toList());
        CitationTemplate citation = CitationTemplate.parse(arguments.option(CITATION)
                .orElse(CitationTemplate.standard(language)), attributes);
        Pseudonyms pseudonyms = arguments.option(PSEUDONYMS).map(Path::of).map(Pseudonyms::read).orElse(Pseudonyms.NONE);
        Provenance provenance = provenance(file, format);
        int items;
        int replaced;
        switch (kind) {
            case "segments" -> {
                List<Segment> segments = SegmentsReport.segments(store, arguments);
                Pseudonyms names = pseudonyms.fresh();
                ExportTable table = ResultTables.segments(segments, attributes, citation, names);
                tables(List.of(table), null, NLS.bind(Messages.Export_titleSegments, arguments.option(QueryOptions.CODE)
                        .orElse(arguments.option("code-set").orElse(""))), provenance, file, format);
                items = segments.size();
                replaced = names.replacements();
            }
            case "compare" -> {
                ComparisonMatrix matrix = CompareReport.matrix(store, arguments);
                tables(ResultTables.comparison(matrix), chart(matrix),
                        NLS.bind(Messages.Export_titleCompare, groupedBy(language)), provenance, file, format);
                items = matrix.rows().size();
                replaced = 0;
            }
            case "search" -> {
                String text = arguments.required(TEXT);
                List<Hit> hits = SearchCommand.hits(store, text, arguments);
                tables(List.of(ResultTables.hits(hits)), null, NLS.bind(Messages.Export_titleSearch, text), provenance, file,
                        format);
                items = hits.size();
                replaced = 0;
            }
            case "cooccurrence" -> {
                List<ExportTable> tables = ResultTables.cooccurrence(CooccurrenceReport.matrix(store, arguments));
                tables(tables, null, Messages.Export_titleCooccurrence, provenance, file, format);
                items = tables.get(0).rows().size();
                replaced = 0;
            }
            case "agreement" -> {
                CoderAgreement.Spec spec = AgreementReport.spec(store, arguments);
                List<CoderAgreement.Row> rows = CoderAgreement.compute(store, spec);
                List<CoderAgreement.Disagreement> apart = CoderAgreement.disagreements(store, spec);
                Map<CoderAgreement.Disagreement, String> texts = AgreementReport.texts(store, apart);
                List<ExportTable> tables = ResultTables.agreement(rows, apart,
                        code -> store.read(p -> CodePaths.of(code, language)), d -> pseudonyms.apply(texts.get(d)));
                tables(tables, null, Messages.Export_titleAgreement, provenance, file, format);
                items = rows.size();
                replaced = pseudonyms.replacements();
            }
            case "codebook" -> {
                String lang = arguments.choice(LANG, LANGUAGES, null);
                CodebookExport codebook = CodebookExport.of(store, lang == null ? language : Language.fromTag(lang));
                if (format.equals("docx")) {
                    codebook.writeDocx(provenance, file);
                } else {
                    codebook.writeMarkdown(file);
                }
                items = codebook.codes().size();
                replaced = 0;
            }
            default -> {
                QuoteReportOptions options = QuoteReportOptions.standard(citation, language).with(pseudonyms)
                        .definitionsAndMemos(arguments.flag(DEFINITIONS), arguments.flag(MEMOS))
                        .counts(!arguments.flag(NO_COUNTS)).questions(arguments.flag(QUESTIONS));
                ComparisonMatrix matrix = CompareReport.matrix(store, arguments);
                QuoteReportContent report = QuoteReports.of(store, matrix,
                        NLS.bind(Messages.Export_titleQuotes, groupedBy(language)), options);
                switch (format) {
                    case "docx" -> QuoteReportDocx.write(report, options, chart(matrix), provenance, file);
                    case "md" -> QuoteReportMarkdown.write(report, options, file);
                    default -> tables(List.of(ResultTables.quotes(report)), chart(matrix), report.title(), provenance, file,
                            format);
                }
                items = report.codes().stream().flatMap(c -> c.groups().stream()).mapToInt(g -> g.quotes().size()).sum();
                replaced = report.replacements();
            }
        }
        if (format.equals("csv") || format.equals("md")) {
            ProvenanceRecord.write(provenance, file);
        }
        out.println(NLS.bind(items == 1 ? Messages.Export_wroteOne : Messages.Export_wrote, file, items));
        if (arguments.option(PSEUDONYMS).isPresent()) {
            out.println(NLS.bind(Messages.Export_replaced, replaced));
        }
        return Command.OK;
    }

    /** What is compared by, as the project names it ("Roll" for --by roll), or the code sets or documents. */
    private String groupedBy(Language language) {
        return CompareReport.groupsLabel(store, arguments, language);
    }

    /**
     * The comparison as a bar chart when --chart asks for one (else null), in the unit of
     * --chart-unit. The CLI draws it, so the export bundle needs no chart library.
     */
    private ChartPicture chart(ComparisonMatrix matrix) {
        if (!arguments.flag(CHART)) {
            return null;
        }
        Unit unit = Unit.valueOf(arguments.choice(CHART_UNIT, List.of("segments", "documents", "cases", "characters"),
                "segments").toUpperCase(Locale.ROOT));
        return ChartPicture.of(ComparisonCharts.png(matrix, unit, Percentages.NONE, ChartPicture.LAYOUT_WIDTH,
                ChartPicture.LAYOUT_HEIGHT, ChartPicture.PRINT_SCALE));
    }

    private void tables(List<ExportTable> tables, ChartPicture chart, String title, Provenance provenance, Path file,
            String format) {
        switch (format) {
            case "csv" -> CsvExport.write(tables.get(0), file,
                    arguments.flag(EXCEL) ? CsvExport.Dialect.SWEDISH_EXCEL : CsvExport.Dialect.STANDARD);
            case "xlsx" -> XlsxExport.write(tables, chart, provenance, file);
            case "docx" -> DocxTables.write(tables, chart, title, provenance, file);
            default -> MarkdownExport.write(tables, title, file);
        }
    }

    /** --format, else the file's extension. */
    private String format(Path file) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String format = arguments.option(FORMAT).orElse(extension.equals("markdown") ? "md" : extension);
        if (!FORMATS.contains(format)) {
            throw CliException.usage(NLS.bind(Messages.Export_badFormat, format, String.join(", ", FORMATS)));
        }
        return format;
    }

    private Provenance provenance(Path file, String format) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("export", kind);
        query.put("format", format);
        query.put("out", file.getFileName().toString());
        query.put("arguments", Json.GSON.toJson(arguments.asGiven(Set.of(ProjectCliCommand.PROJECT, OUT))));
        try {
            return new Provenance(query, Instant.now(), ProjectState.of(store), ProvenanceRecord.tillitVersion());
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }
}
