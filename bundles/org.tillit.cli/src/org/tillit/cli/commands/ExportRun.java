package org.tillit.cli.commands;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.Command;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.AtomicFile;
import org.tillit.export.CitationTemplate;
import org.tillit.export.CsvExport;
import org.tillit.export.DocxTables;
import org.tillit.export.ExportTable;
import org.tillit.export.MarkdownExport;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.ProvenanceText;
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
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

import com.google.gson.GsonBuilder;

/**
 * One export as the arguments ask for it: the result computed by the same query code as
 * {@code report}, written in the format asked for (or the one the file's extension names), the
 * arguments recorded in it, and beside a CSV or Markdown file a {@code .tillit-query.json} with the
 * same record, from which {@code export --replay} makes it again.
 */
final class ExportRun {

    static final List<String> KINDS = List.of("segments", "compare", "quotes");
    static final String OUT = "out";
    static final String FORMAT = "format";
    static final String CITATION = "citation";
    static final String PSEUDONYMS = "pseudonyms";
    static final String EXCEL = "excel";
    static final String DEFINITIONS = "definitions";
    static final String MEMOS = "memos";
    static final String QUESTIONS = "questions";
    static final String NO_COUNTS = "no-counts";
    static final List<String> FORMATS = List.of("csv", "xlsx", "docx", "md");
    static final String RECORD_SUFFIX = ".tillit-query.json";

    private final ProjectStore store;
    private final String kind;
    private final Arguments arguments;

    ExportRun(ProjectStore store, String kind, Arguments arguments) {
        this.store = store;
        this.kind = kind;
        this.arguments = arguments;
    }

    static Set<String> options(String kind) {
        Set<String> options = new HashSet<>(kind.equals("segments") ? SegmentsReport.OPTIONS : CompareReport.OPTIONS);
        options.addAll(Set.of(OUT, FORMAT, CITATION, PSEUDONYMS));
        return options;
    }

    static Set<String> flags(String kind) {
        Set<String> flags = new HashSet<>(kind.equals("segments") ? SegmentsReport.FLAGS : CompareReport.FLAGS);
        flags.addAll(Set.of(EXCEL, DEFINITIONS, MEMOS, QUESTIONS, NO_COUNTS));
        return flags;
    }

    /** Writes the export; prints what was written, and how many names were replaced. */
    int write(PrintStream out) {
        Path file = Path.of(arguments.required(OUT)).toAbsolutePath();
        String format = format(file);
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
                tables(List.of(table), NLS.bind(Messages.Export_titleSegments, arguments.option(QueryOptions.CODE)
                        .orElse(arguments.option("code-set").orElse(""))), provenance, file, format);
                items = segments.size();
                replaced = names.replacements();
            }
            case "compare" -> {
                ComparisonMatrix matrix = CompareReport.matrix(store, arguments);
                tables(ResultTables.comparison(matrix), NLS.bind(Messages.Export_titleCompare, groupedBy(language)),
                        provenance, file, format);
                items = matrix.rows().size();
                replaced = 0;
            }
            default -> {
                QuoteReportOptions options = QuoteReportOptions.standard(citation, language).with(pseudonyms)
                        .definitionsAndMemos(arguments.flag(DEFINITIONS), arguments.flag(MEMOS))
                        .counts(!arguments.flag(NO_COUNTS)).questions(arguments.flag(QUESTIONS));
                QuoteReportContent report = QuoteReports.of(store, CompareReport.matrix(store, arguments),
                        NLS.bind(Messages.Export_titleQuotes, groupedBy(language)), options);
                switch (format) {
                    case "docx" -> QuoteReportDocx.write(report, options, provenance, file);
                    case "md" -> QuoteReportMarkdown.write(report, options, file);
                    default -> tables(List.of(ResultTables.quotes(report)), report.title(), provenance, file, format);
                }
                items = report.codes().stream().flatMap(c -> c.groups().stream()).mapToInt(g -> g.quotes().size()).sum();
                replaced = report.replacements();
            }
        }
        if (format.equals("csv") || format.equals("md")) {
            writeRecord(provenance, file);
        }
        out.println(NLS.bind(items == 1 ? Messages.Export_wroteOne : Messages.Export_wrote, file, items));
        if (arguments.option(PSEUDONYMS).isPresent()) {
            out.println(NLS.bind(Messages.Export_replaced, replaced));
        }
        return Command.OK;
    }

    /** The attribute compared by, as the project names it ("Roll" for --by roll). */
    private String groupedBy(Language language) {
        return Labels.name(QueryOptions.attribute(store, arguments.required(QueryOptions.BY)), language);
    }

    private void tables(List<ExportTable> tables, String title, Provenance provenance, Path file, String format) {
        switch (format) {
            case "csv" -> CsvExport.write(tables.get(0), file,
                    arguments.flag(EXCEL) ? CsvExport.Dialect.SWEDISH_EXCEL : CsvExport.Dialect.STANDARD);
            case "xlsx" -> XlsxExport.write(tables, provenance, file);
            case "docx" -> DocxTables.write(tables, title, provenance, file);
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
            return new Provenance(query, Instant.now(), ProjectState.of(store), version());
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    /** The record beside a CSV or Markdown file: the same fields as a DOCX or XLSX file's properties. */
    static Path recordOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + RECORD_SUFFIX);
    }

    private static void writeRecord(Provenance provenance, Path file) {
        AtomicFile.write(recordOf(file), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(ProvenanceText.fields(provenance), writer);
            writer.flush();
        });
    }

    private static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ExportRun.class);
        return bundle == null ? "0" : bundle.getVersion().toString();
    }
}
