package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.export.CitationTemplate;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.export.Pseudonyms;
import org.tillit.export.QuoteReportContent;
import org.tillit.export.QuoteReportDocx;
import org.tillit.export.QuoteReportOptions;
import org.tillit.export.QuoteReports;
import org.tillit.model.codebook.Language;
import org.tillit.query.Comparison;
import org.tillit.query.ComparisonMatrix;
import org.tillit.query.ComparisonSpec;
import org.tillit.query.Grouping;

/** The DOCX quote report of a known project, opened with POI and read paragraph by paragraph. */
class QuoteReportTest {

    @TempDir
    Path temp;

    private ExportStudy study;
    private ComparisonMatrix matrix;

    @BeforeEach
    void open() throws Exception {
        study = new ExportStudy(temp);
        matrix = Comparison.compute(study.store, ComparisonSpec.of(Grouping.byAttribute(study.roll)).codes(List.of(study.stod)));
    }

    @AfterEach
    void close() {
        study.close();
    }

    @Test
    void codeThenGroupThenQuotesEachWithItsCitation() throws Exception {
        QuoteReportOptions options = QuoteReportOptions.standard(
                CitationTemplate.parse("({roll}, {dokument}, rad {rader})", List.of("Roll")), Language.SV)
                .definitionsAndMemos(true, true).questions(true).with(Pseudonyms.of(Map.of("Anna", "Processledaren")));
        QuoteReportContent content = QuoteReports.of(study.store, matrix, "Stöd i TBSL", options);
        assertEquals(1, content.replacements());
        Path file = temp.resolve("citat.docx");
        QuoteReportDocx.write(content, options, provenance(), file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertEquals(List.of("Title:Stöd i TBSL", "Heading1:Stöd", "Heading2:Chef/enhetschef (n = 2)",
                    "Heading2:Medarbetare (n = 1)", "Heading2:Politiker (n = 0)", "Heading2:Tjänsteperson/förvaltning (n = 0)",
                    "Heading1:About this export"), headings(paragraphs));
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertTrue(texts.contains("Definition: Stöd från chefer och förvaltning."), texts.toString());
            assertTrue(texts.contains("Memo: Jämför med Resurser."), texts.toString());
            assertTrue(texts.contains("3 segments from 2 of the group's 2 cases (100 %)."), texts.toString());
            assertTrue(texts.contains("1 segment from 1 of the group's 1 cases (100 %)."), texts.toString());
            XWPFParagraph block = paragraphs.stream().filter(p -> "Quote".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals(ExportStudy.LONG_ANSWER + " (Chef/enhetschef, chef-1.txt, rad 2)", block.getText());
            assertTrue(texts.contains("\u201cProcessledaren hjälpte oss.\u201d (Chef/enhetschef, chef-1.txt, rad 5)"),
                    texts.toString());
            assertTrue(texts.contains("\u201cChefen ger mig stöd.\u201d (Medarbetare, med-1.txt, rad 2)"), texts.toString());
            int question = texts.indexOf("I: Och sedan?");
            assertTrue(question > 0 && texts.get(question + 1).contains("Processledaren hjälpte oss"), texts.toString());
            assertFalse(String.join("\n", texts).contains("Anna"), "the name is replaced everywhere");
            assertTrue(texts.contains("Names replaced by pseudonyms: 1."), texts.toString());
            assertEquals("ab".repeat(32),
                    document.getProperties().getCustomProperties().getProperty("project.contentHash").getLpwstr());
            assertEquals("Stöd i TBSL", document.getProperties().getCoreProperties().getTitle());
            assertEquals("0", document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal()
                    .toString(), "an outline level, so a table of contents finds the headings");
        }
    }

    @Test
    void withoutOptionsThereAreNoDefinitionsMemosOrQuestions() throws Exception {
        QuoteReportOptions options = QuoteReportOptions.standard(CitationTemplate.parse(CitationTemplate.ENGLISH, List.of()),
                Language.EN).counts(false);
        Path file = temp.resolve("quotes.docx");
        QuoteReportDocx.write(QuoteReports.of(study.store, matrix, "Support", options), options, provenance(), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            String all = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertFalse(all.contains("Definition:") || all.contains("Memo:") || all.contains("I: "), all);
            assertFalse(all.contains("segments from"), all);
            assertTrue(all.contains("\u201cAnna hjälpte oss.\u201d (chef-1.txt, lines 5)"), all);
        }
    }

    private static List<String> headings(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().filter(p -> p.getStyle() != null && !"Quote".equals(p.getStyle()))
                .map(p -> p.getStyle() + ":" + p.getText()).toList();
    }

    private static Provenance provenance() {
        return new Provenance(Map.of("export", "quotes"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 3, 1, 4, "ab".repeat(32)), "0.1.0");
    }
}
