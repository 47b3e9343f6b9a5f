package org.tillit.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.tillit.export.CodebookExport;
import org.tillit.export.ProjectState;
import org.tillit.export.Provenance;
import org.tillit.model.codebook.Language;

/**
 * The codebook for an appendix: the study's own code Stöd (4 codings in 3 documents) before the
 * TBSL codebook every project starts with (Principer > Tillit, whose definition holds its example),
 * and TBSL's code sets, in DOCX read back with POI and in Markdown.
 */
class CodebookExportTest {

    @TempDir
    Path temp;

    private ExportStudy study;

    @BeforeEach
    void open() throws Exception {
        study = new ExportStudy(temp);
    }

    @AfterEach
    void close() {
        study.close();
    }

    @Test
    void docxHasAHeadingPerDepthLabelsInTheLanguageAskedDefinitionsCountsAndSets() throws Exception {
        Path file = temp.resolve("kodbok.docx");
        CodebookExport.of(study.store, Language.EN).writeDocx(provenance(), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            assertEquals("Title:Codebook: projekt", styled(paragraphs).get(0));
            List<String> headings = styled(paragraphs);
            assertEquals(List.of("Heading1:Support", "Heading1:Principles (grouping code)", "Heading2:Trust"),
                    headings.subList(1, 4), "the study's code, then TBSL's first group and its first code, in English");
            assertTrue(headings.stream().anyMatch(h -> h.startsWith("Heading3:")), "TBSL's third level: " + headings);
            int support = texts.indexOf("Support");
            assertEquals("Codings: 4, documents: 3", texts.get(support + 1));
            assertEquals("Definition: Support from managers and administration.", texts.get(support + 2));
            int principles = texts.indexOf("Principles (grouping code)");
            assertEquals("Codings: 0 (0 with sub-codes), documents: 0 (0 with sub-codes)", texts.get(principles + 1));
            String trust = texts.get(texts.indexOf("Trust") + 2);
            assertTrue(trust.startsWith("Definition: Trust as a fundamental principle") && trust.contains("Example: \u201cThe basic idea"),
                    "the example as the definition holds it: " + trust);
            int sets = headings.indexOf("Heading1:Code sets");
            assertEquals("Heading2:Support", headings.get(sets + 1), "TBSL's first set");
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("Codes: Principles/Support; ")), texts.toString());
            assertEquals("Heading1:About this export", headings.get(headings.size() - 1));
            assertEquals("codebook", document.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
        }
    }

    @Test
    void markdownNestsHeadingsByDepthInSwedish() throws Exception {
        Path file = temp.resolve("kodbok.md");
        CodebookExport codebook = CodebookExport.of(study.store, Language.SV);
        codebook.writeMarkdown(file);
        String md = Files.readString(file);
        assertTrue(md.startsWith("# Codebook: projekt\n\n## Stöd\n\n*Codings: 4, documents: 3*\n\n"
                + "**Definition:** Stöd från chefer och förvaltning.\n\n## Principer (grouping code)\n"), md);
        assertTrue(md.contains("\n### Tillit\n"), "a code under a group one level deeper");
        assertTrue(md.contains("Exempel: \u201dGrundtanken är att vi litar på att personalen vill göra ett bra jobb.\u201d"), md);
        assertTrue(md.contains("\n## Code sets\n\n### Stöd\n"), md);
        assertTrue(md.contains("\n- Principer/Stöd\n"), "a set's members by their paths");
        assertEquals(1 + 68, codebook.codes().size(), "Stöd and TBSL's 68 codes");
    }

    /** Paragraphs with a style, as style:text. */
    private static List<String> styled(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().filter(p -> p.getStyle() != null).map(p -> p.getStyle() + ":" + p.getText()).toList();
    }

    private static Provenance provenance() {
        return new Provenance(Map.of("export", "codebook"), Instant.parse("2026-12-01T10:00:00Z"),
                new ProjectState("studie", 3, 69, 4, "ab".repeat(32)), "0.1.0");
    }
}
