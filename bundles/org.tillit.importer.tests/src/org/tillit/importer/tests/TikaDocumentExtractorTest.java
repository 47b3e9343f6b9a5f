package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.testing.TestDocuments;

/** Every format the walking skeleton promises, from files the test writes itself. */
class TikaDocumentExtractorTest {

    private static final String EXPECTED = String.join("\n", TestDocuments.INTERVIEW);

    @TempDir
    Path temp;

    private final TikaDocumentExtractor extractor = new TikaDocumentExtractor();

    private void assertParagraphs(ExtractedText extracted, String mediaType) {
        assertEquals(mediaType, extracted.mediaType());
        String text = extracted.text().replaceAll("\n+", "\n");
        assertEquals(EXPECTED, text, "paragraphs, letters and order survive");
        assertFalse(extracted.text().contains("\r"));
        assertFalse(extracted.text().contains("\uFEFF"));
    }

    @Test
    void word() throws Exception {
        assertParagraphs(extractor.extract(TestDocuments.docx(temp.resolve("intervju.docx"), TestDocuments.INTERVIEW)),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void pageHeadersOfWordFilesAreNotPartOfTheText() throws Exception {
        ExtractedText extracted = extractor.extract(TestDocuments.docx(temp.resolve("med-sidhuvud.docx"),
                TestDocuments.INTERVIEW, "Transkribering AB – Intervju 3 – konfidentiellt"));
        assertFalse(extracted.text().contains("Transkribering AB"), extracted.text());
        assertParagraphs(extracted, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void openDocument() throws Exception {
        assertParagraphs(extractor.extract(TestDocuments.odt(temp.resolve("intervju.odt"), TestDocuments.INTERVIEW)),
                "application/vnd.oasis.opendocument.text");
    }

    @Test
    void rtf() throws Exception {
        assertParagraphs(extractor.extract(TestDocuments.rtf(temp.resolve("intervju.rtf"), TestDocuments.INTERVIEW)),
                "application/rtf");
    }

    @Test
    void htmlWithoutStylesOrScripts() throws Exception {
        ExtractedText extracted = extractor.extract(TestDocuments.html(temp.resolve("intervju.html"), TestDocuments.INTERVIEW));
        assertParagraphs(extracted, "text/html");
        assertFalse(extracted.text().contains("var x"));
        assertEquals("Intervju", extracted.metadata().get("dc:title"));
    }

    @Test
    void textInUtf8WithBomAndWindowsLineEnds() throws Exception {
        assertParagraphs(extractor.extract(TestDocuments.text(temp.resolve("intervju.txt"), TestDocuments.INTERVIEW,
                StandardCharsets.UTF_8, true)), "text/plain");
    }

    @Test
    void textInUtf16() throws Exception {
        assertParagraphs(extractor.extract(TestDocuments.text(temp.resolve("intervju-utf16.txt"), TestDocuments.INTERVIEW,
                StandardCharsets.UTF_16, false)), "text/plain");
    }

    @Test
    void pdfTextLayer() throws Exception {
        ExtractedText extracted = extractor.extract(TestDocuments.pdf(temp.resolve("intervju.pdf"), TestDocuments.INTERVIEW));
        assertEquals("application/pdf", extracted.mediaType());
        assertTrue(extracted.text().contains("Kollegial granskning känns ibland som kontroll."), extracted.text());
        assertTrue(extracted.text().contains("æ, ø, å"), extracted.text());
    }

    @Test
    void textIsNormalisedToNfc() throws Exception {
        Path decomposed = TestDocuments.text(temp.resolve("nfd.txt"), List.of("Va\u0308rdegrund och a\u030Angest"),
                StandardCharsets.UTF_8, false);
        assertEquals("Värdegrund och ångest", extractor.extract(decomposed).text());
    }

    @Test
    void truncatedWordFileIsReportedAsDamaged() throws IOException {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestDocuments.truncatedDocx(temp.resolve("trasig.docx"))));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("not a Word document"), e.getMessage());
    }

    @Test
    void emptyFileIsReportedAsEmpty() throws IOException {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestDocuments.empty(temp.resolve("tom.docx"))));
        assertEquals("the file is empty", e.getMessage());
    }

    @Test
    void randomBytesAreNotTakenForADocument() throws IOException {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestDocuments.randomBinary(temp.resolve("brus.doc"), 64 * 1024)));
        assertTrue(e.getMessage().startsWith("not a document Tillit can read")
                || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aParseOverTheTimeLimitIsAbandonedWithAMessage() throws Exception {
        Path pdf = TestDocuments.pdf(temp.resolve("lång.pdf"), TestDocuments.INTERVIEW);
        try (TikaDocumentExtractor impatient = new TikaDocumentExtractor(TikaDocumentExtractor.DEFAULT_MAX_FILE_BYTES,
                Duration.ofMillis(1))) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> impatient.extract(pdf));
            assertTrue(e.getMessage().startsWith("reading the file took longer than 1 ms"), e.getMessage());
        }
        assertTrue(extractor.extract(pdf).text().contains("Kollegial granskning"), "with time, the same file reads");
    }

    @Test
    void epubBooksAndMarkdownNotes() throws Exception {
        Path markdown = temp.resolve("anteckningar.md");
        Files.writeString(markdown, "# Fältanteckningar\n\nChefen **betonade** stödet.\n", StandardCharsets.UTF_8);
        ExtractedText md = extractor.extract(markdown);
        assertTrue(md.text().contains("Chefen **betonade** stödet."), md.text());
        ExtractedText epub = extractor.extract(TestDocuments.epub(temp.resolve("rapport.epub"), TestDocuments.INTERVIEW));
        assertEquals("application/epub+zip", epub.mediaType());
        assertTrue(epub.text().contains("Kollegial granskning känns ibland som kontroll."), epub.text());
    }

    @Test
    void passwordProtectedWordAndPdfFilesAreNamedAsSuch() throws IOException {
        for (Path file : List.of(TestDocuments.encryptedDocx(temp.resolve("hemlig.docx"), "tillit"),
                TestDocuments.encryptedPdf(temp.resolve("hemlig.pdf"), "tillit"))) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(file));
            assertTrue(e.getMessage().contains("protected by a password"), file + ": " + e.getMessage());
        }
    }

    @Test
    void aScannedPdfWithoutTextLayerIsExplained() throws IOException {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(TestDocuments.imageOnlyPdf(temp.resolve("skannad.pdf"))));
        assertTrue(e.getMessage().startsWith("the PDF has no text layer"), e.getMessage());
    }

    @Test
    void aZipBombIsStoppedWithAMessage() throws IOException {
        Path bomb = TestDocuments.zipBombDocx(temp.resolve("bomb.docx"));
        assertTrue(Files.size(bomb) < 2_000_000, "small on disk: " + Files.size(bomb));
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(bomb));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void filesOverTheSizeLimitAreRefusedBeforeParsing() throws IOException {
        Path large = TestDocuments.randomBinary(temp.resolve("stor.pdf"), 4096);
        try (TikaDocumentExtractor small = new TikaDocumentExtractor(1024, TikaDocumentExtractor.DEFAULT_TIME_LIMIT)) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> small.extract(large));
            assertTrue(e.getMessage().contains("larger than the import limit"), e.getMessage());
        }
    }

    @Test
    void aFileThatNeedsTooMuchMemoryEndsOnlyItsOwnParsingProcess() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 150_000; i++) {
            paragraphs.add("IP: Stycke " + i + " om tillit och styrning i kommunen " + i * 7919);
        }
        Path large = TestDocuments.docx(temp.resolve("stor-intervju.docx"), paragraphs);
        Path small = TestDocuments.docx(temp.resolve("liten.docx"), TestDocuments.INTERVIEW);
        // Every file in a process of its own with a heap far too small for 150,000 paragraphs.
        try (TikaDocumentExtractor isolating = new TikaDocumentExtractor(TikaDocumentExtractor.DEFAULT_MAX_FILE_BYTES,
                TikaDocumentExtractor.DEFAULT_TIME_LIMIT, 0, 48)) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> isolating.extract(large));
            assertTrue(e.getMessage().startsWith("the file needs more memory than Tillit gives one document (48 MB)"),
                    e.getMessage());

            assertParagraphs(isolating.extract(small), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
    }

    @Test
    void aTranscriptFullOfCommasStaysTextAndIsNotTakenForATable() throws Exception {
        List<String> turns = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            turns.add((i % 2 == 0 ? "I: " : "IP: ") + "Ja, alltså, tillit, stöd och, ja, styrning " + i + ", typ.");
        }
        ExtractedText extracted = extractor.extract(TestDocuments.text(temp.resolve("kommatecken.txt"), turns,
                StandardCharsets.UTF_8, false));
        assertEquals("text/plain", extracted.mediaType());
        assertEquals(String.join("\n", turns), extracted.text().replaceAll("\n+", "\n"));
        assertFalse(extracted.text().contains("\t"), "no comma became a tab");
    }
}
