package org.tillit.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tillit.export.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.query.Cell;
import org.tillit.query.CoderAgreement;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.CooccurrenceMatrix;
import org.tillit.query.Hit;
import org.tillit.query.Segment;
import org.tillit.query.Unit;
import org.tillit.query.agreement.CharacterTable;

/**
 * The query layer's results as export tables: coded segments with their citations (names replaced
 * by pseudonyms when asked), and a comparison in long form (a row per code and group, the form R
 * and Excel pivot tables read) with the matrix of counts and of the cases' percentages beside it,
 * and co-occurrence as pairs of codes with the code x code matrix beside them; text search hits
 * with their context.
 */
public final class ResultTables {

    private ResultTables() {
    }

    /** One row per segment; {@code attributes} become columns of their own after the fixed ones. */
    public static ExportTable segments(List<Segment> segments, List<String> attributes, CitationTemplate citation,
            Pseudonyms pseudonyms) {
        List<ExportTable.Column> columns = new ArrayList<>(List.of(ExportTable.text(Messages.Column_document),
                ExportTable.text(Messages.Column_case), ExportTable.text(Messages.Column_code),
                ExportTable.text(Messages.Column_quote), ExportTable.text(Messages.Column_citation),
                ExportTable.integer(Messages.Column_lineStart), ExportTable.integer(Messages.Column_lineEnd),
                ExportTable.text(Messages.Column_coder), ExportTable.text(Messages.Column_speaker)));
        attributes.forEach(a -> columns.add(ExportTable.text(a)));
        ExportTable table = new ExportTable(Messages.Table_segments, columns);
        for (Segment segment : segments) {
            List<Object> row = new ArrayList<>(List.of(segment.documentName(),
                    pseudonyms.apply(String.join(", ", segment.cases())), segment.codePath(),
                    pseudonyms.apply(segment.text()), pseudonyms.apply(citation.cite(segment)), segment.startLine(),
                    segment.endLine(), nullToEmpty(segment.coder()), pseudonyms.apply(nullToEmpty(segment.speaker()))));
            attributes.forEach(a -> row.add(pseudonyms.apply(segment.attributes().get(a))));
            table.add(row.toArray());
        }
        return table;
    }

    /** The comparison in long form, then the segments and the cases' percentages as code x group matrices. */
    public static List<ExportTable> comparison(ComparisonMatrix matrix) {
        ExportTable longForm = new ExportTable(Messages.Table_comparison, List.of(ExportTable.text(Messages.Column_code),
                ExportTable.text(Messages.Column_group), ExportTable.integer(Messages.Column_segments),
                ExportTable.integer(Messages.Column_documents), ExportTable.integer(Messages.Column_cases),
                ExportTable.percent(Messages.Column_casesPercent), ExportTable.integer(Messages.Column_characters),
                ExportTable.decimal(Messages.Column_perCase), ExportTable.text(Messages.Column_flag)));
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int g = 0; g < matrix.columns().size(); g++) {
                Cell cell = matrix.cell(r, g);
                double perCase = matrix.perCase(r, g, Unit.SEGMENTS);
                longForm.add(matrix.rows().get(r).codePath(), matrix.columns().get(g).label(), cell.segments(),
                        cell.documents(), cell.cases(), cell.casesPercent(), cell.characters(),
                        Double.isNaN(perCase) ? null : perCase, cell.flag());
            }
        }
        return List.of(longForm, grid(matrix, Messages.Table_counts, false), grid(matrix, Messages.Table_percentages, true));
    }

    /**
     * Co-occurrence in long form (a row per pair of codes that occur together, each pair once),
     * then the code x code matrix of pairs; a code with itself is no pair, so the diagonal is empty.
     */
    public static List<ExportTable> cooccurrence(CooccurrenceMatrix matrix) {
        ExportTable longForm = new ExportTable(Messages.Table_cooccurrence, List.of(ExportTable.text(Messages.Column_code),
                ExportTable.text(Messages.Column_otherCode), ExportTable.integer(Messages.Column_pairs),
                ExportTable.integer(Messages.Column_documents)));
        List<ComparisonMatrix.Row> codes = matrix.codes();
        List<ExportTable.Column> columns = new ArrayList<>(List.of(ExportTable.text(Messages.Column_code)));
        codes.forEach(code -> columns.add(ExportTable.integer(code.codePath())));
        ExportTable grid = new ExportTable(Messages.Table_cooccurrenceMatrix, columns);
        for (int r = 0; r < codes.size(); r++) {
            List<Object> row = new ArrayList<>(List.of(codes.get(r).codePath()));
            for (int c = 0; c < codes.size(); c++) {
                row.add(r == c ? null : (Object) matrix.pairs(r, c));
                if (c > r && matrix.pairs(r, c) > 0) {
                    longForm.add(codes.get(r).codePath(), codes.get(c).codePath(), matrix.pairs(r, c), matrix.documents(r, c));
                }
            }
            grid.add(row.toArray());
        }
        return List.of(longForm, grid);
    }

    /**
     * Inter-coder agreement: a row per code and group with the first two coders' character table,
     * percentage agreement, kappa, pi and alpha (empty where undefined), then the disagreements.
     *
     * @param path a code's path as the tables name it (null: the overall row)
     */
    public static List<ExportTable> agreement(List<CoderAgreement.Row> rows, List<CoderAgreement.Disagreement> disagreements,
            Function<Code, String> path, Function<CoderAgreement.Disagreement, String> text) {
        ExportTable table = new ExportTable(Messages.Table_agreement, List.of(ExportTable.text(Messages.Column_code),
                ExportTable.text(Messages.Column_group), ExportTable.integer(Messages.Column_characters),
                ExportTable.integer(Messages.Column_both), ExportTable.integer(Messages.Column_firstOnly),
                ExportTable.integer(Messages.Column_secondOnly), ExportTable.integer(Messages.Column_neither),
                ExportTable.percent(Messages.Column_agreement), ExportTable.decimal(Messages.Column_kappa),
                ExportTable.decimal(Messages.Column_pi), ExportTable.decimal(Messages.Column_alpha)));
        for (CoderAgreement.Row row : rows) {
            CharacterTable counts = row.table();
            table.add(row.code() == null ? Messages.Row_allCodes : path.apply(row.code()),
                    CoderAgreement.OVERALL.equals(row.group()) ? Messages.Row_allDocuments : row.group(),
                    counts.characters(), counts.both(), counts.firstOnly(), counts.secondOnly(), counts.neither(),
                    defined(100 * row.agreement()), defined(row.kappa()), defined(counts.pi()), defined(row.alpha()));
        }
        ExportTable apart = new ExportTable(Messages.Table_disagreements, List.of(ExportTable.text(Messages.Column_document),
                ExportTable.text(Messages.Column_code), ExportTable.integer(Messages.Column_lineStart),
                ExportTable.integer(Messages.Column_lineEnd), ExportTable.text(Messages.Column_codedBy),
                ExportTable.text(Messages.Column_notBy), ExportTable.text(Messages.Column_quote)));
        for (CoderAgreement.Disagreement d : disagreements) {
            apart.add(d.document().getName(), path.apply(d.code()), d.startLine(), d.endLine(), d.codedBy().getName(),
                    d.notBy().getName(), text.apply(d));
        }
        return List.of(table, apart);
    }

    /** A measure, or null (an empty cell) where it is undefined. */
    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** A quote report as one table: a row per quote, with its code, group, citation and question. */
    public static ExportTable quotes(QuoteReportContent report) {
        ExportTable table = new ExportTable(report.title(), List.of(ExportTable.text(Messages.Column_code),
                ExportTable.text(Messages.Column_group), ExportTable.text(Messages.Column_quote),
                ExportTable.text(Messages.Column_citation), ExportTable.text(Messages.Column_question)));
        for (QuoteReportContent.CodeSection code : report.codes()) {
            for (QuoteReportContent.GroupSection group : code.groups()) {
                for (QuoteReportContent.Quote quote : group.quotes()) {
                    table.add(code.codePath(), group.group(), quote.text(), quote.citation(), quote.question());
                }
            }
        }
        return table;
    }

    private static ExportTable grid(ComparisonMatrix matrix, String title, boolean percentages) {
        List<ExportTable.Column> columns = new ArrayList<>(List.of(ExportTable.text(Messages.Column_code)));
        for (ComparisonMatrix.Column group : matrix.columns()) {
            String label = group.label() + " (n=" + group.cases() + ")";
            columns.add(percentages ? ExportTable.percent(label) : ExportTable.integer(label));
        }
        ExportTable table = new ExportTable(title, columns);
        for (int r = 0; r < matrix.rows().size(); r++) {
            List<Object> row = new ArrayList<>(List.of(matrix.rows().get(r).codePath()));
            for (int g = 0; g < matrix.columns().size(); g++) {
                Cell cell = matrix.cell(r, g);
                row.add(percentages ? (Object) cell.casesPercent() : (Object) cell.segments());
            }
            table.add(row.toArray());
        }
        return table;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Text search hits, one row each: document, cases, line, the hit and its context. */
    public static ExportTable hits(List<Hit> hits) {
        ExportTable table = new ExportTable(Messages.Table_hits, List.of(ExportTable.text(Messages.Column_document),
                ExportTable.text(Messages.Column_case), ExportTable.integer(Messages.Column_line),
                ExportTable.text(Messages.Column_speaker), ExportTable.text(Messages.Column_hit),
                ExportTable.text(Messages.Column_context)));
        for (Hit hit : hits) {
            table.add(hit.documentName(), String.join(", ", hit.cases()), hit.line(), nullToEmpty(hit.speaker()), hit.text(),
                    nullToEmpty(hit.context()));
        }
        return table;
    }
}
