package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.tika.RepeatedPageLines;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.testing.TestDocuments;

/** Running heads and page numbers of PDFs are left out of the text; what was said stays. */
class PageHeadersTest {

    @TempDir
    Path temp;

    private final TikaDocumentExtractor extractor = new TikaDocumentExtractor();

    @Test
    void headersAndFootersRepeatedOnMostPagesAreLeftOut() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            List<String> lines = new ArrayList<>();
            if (page > 1) { // the first page has no running head, as is usual
                lines.add("Intervju 3 – sida " + page);
                lines.add("Transkribering AB");
            }
            List<String> body = new ArrayList<>(List.of(TestDocuments.INTERVIEW.get(page % 4),
                    TestDocuments.INTERVIEW.get((page + 1) % 4)));
            if (page == 3) {
                body.add(1, "I: Kaffe?");
            }
            lines.addAll(body);
            said.addAll(body);
            lines.add("Sida " + page + " av 5");
            pages.add(lines);
        }
        String text = extractor.extract(pdf(temp.resolve("intervju.pdf"), pages)).text();

        assertFalse(text.contains("Intervju 3 – sida"), text);
        assertFalse(text.contains("Transkribering AB"), text);
        assertFalse(text.contains("av 5"), text);
        assertEquals(String.join("\n\n", said), text, "every line said stays, the one on one page too");
    }

    @Test
    void aShortPdfKeepsEveryLine() throws Exception {
        List<List<String>> pages = List.of(List.of("Rapport", "Första sidan.", "Sida 1"),
                List.of("Rapport", "Andra sidan.", "Sida 2"));
        ExtractedText extracted = extractor.extract(pdf(temp.resolve("kort.pdf"), pages));
        assertTrue(extracted.text().contains("Rapport"), extracted.text());
        assertTrue(extracted.text().contains("Sida 2"), extracted.text());
    }

    @Test
    void aLineOnFewPagesIsNotAHeader() {
        List<String> pages = List.of("Bakgrund\nText ett.", "Text två.\nSlut två.", "Bakgrund\nText tre.",
                "Text fyra.", "Text fem.");
        assertEquals(pages, RepeatedPageLines.remove(pages), "two of five pages is below the share");
    }

    @Test
    void pageNumbersMatchWhateverTheirDigits() {
        List<String> pages = List.of("\nsida 9\nEtt.\n", "\nsida 10\nTvå.\n", "\nsida 11\nTre.\n");
        assertEquals(List.of("\nEtt.\n", "\nTvå.\n", "\nTre.\n"), RepeatedPageLines.remove(pages));
    }

    /** A PDF whose pages hold the given lines, top to bottom, the last one at the foot of the page. */
    private static Path pdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(16);
                    content.newLineAtOffset(50, 750);
                    for (String line : lines.subList(0, lines.size() - 1)) {
                        content.showText(line);
                        content.newLine();
                        content.newLine();
                    }
                    content.endText();
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(280, 30);
                    content.showText(lines.get(lines.size() - 1));
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
