package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.DataLossReport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.reading.ReadSource;
import org.tillit.exchange.reading.ReadSource.ReadCoding;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.testing.TestDocuments;

/** What real exporters do differently, each in a generated archive, read the way Tillit keeps text. */
class QdpxReadQuirksTest {

    private static final String S1 = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0401";
    private static final String S2 = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0402";
    private static final String CRLF_TEXT = "Första raden om tillit.\r\nAndra raden om tid.\r\nTredje raden om stöd.";

    @TempDir
    Path temp;

    private final TikaDocumentExtractor tika = new TikaDocumentExtractor();

    @AfterEach
    void closeExtractor() {
        tika.close();
    }

    private RefiContent read(QdpxFixture fixture) throws Exception {
        return QdpxImport.read(fixture.write(Files.createTempFile(temp, "quirk", ".qdpx")), tika);
    }

    private static QdpxFixture oneSource(String selections, String text) {
        return QdpxFixture.project(QdpxFixture.projectXml(QdpxFixture.users() + QdpxFixture.codebook()
                + "<Sources>" + QdpxFixture.textSource(S1, "Rader", "internal://" + S1 + ".txt", selections)
                + "</Sources>")).entry("sources/" + S1 + ".txt", text);
    }

    /** "om tid" on the second line and "om stöd" on the third, as exporters counting \r\n as two write them. */
    @Test
    void windowsLineEndsCountedAsTwoCharacters() throws Exception {
        int tid = CRLF_TEXT.indexOf("om tid");
        int stod = CRLF_TEXT.indexOf("om stöd");
        RefiContent content = read(oneSource(QdpxFixture.selection(S2, tid, tid + 6, QdpxFixture.CODE_TIME)
                + QdpxFixture.selection(S1, stod, stod + 7, QdpxFixture.CODE_TRUST), CRLF_TEXT));
        assertCoded(content.sources().get(0), List.of("om tid", "om stöd"));
    }

    @Test
    void windowsLineEndsCountedAsOneCharacter() throws Exception {
        String normal = CRLF_TEXT.replace("\r\n", "\n");
        int tid = normal.indexOf("om tid");
        int stod = normal.indexOf("om stöd");
        RefiContent content = read(oneSource(QdpxFixture.selection(S2, tid, tid + 6, QdpxFixture.CODE_TIME)
                + QdpxFixture.selection(S1, stod, stod + 7, QdpxFixture.CODE_TRUST), CRLF_TEXT));
        ReadSource source = content.sources().get(0);
        assertFalse(source.text().contains("\r"), "Tillit keeps \\n line ends only");
        assertCoded(source, List.of("om tid", "om stöd"));
    }

    @Test
    void capitalisedSourcesFolderBomAndUpperCaseGuidsInBraces() throws Exception {
        String upper = "{" + QdpxFixture.CODE_TRUST.toUpperCase() + "}";
        String xml = "\uFEFF" + QdpxFixture.projectXml(QdpxFixture.users() + QdpxFixture.codebook() + "<Sources>"
                + QdpxFixture.textSource(S1.toUpperCase(), "Versaler", "internal://" + S1.toUpperCase() + ".txt",
                        QdpxFixture.selection(S2, 3, 6, upper))
                + "</Sources>");
        RefiContent content = read(QdpxFixture.project(xml).entry("Sources/" + S1.toUpperCase() + ".txt",
                QdpxFixture.TEXT_A));
        ReadSource source = content.sources().get(0);
        assertEquals(S1, source.guid());
        assertEquals(QdpxFixture.CODE_TRUST, source.codings().get(0).codeGuid());
        assertEquals(QdpxFixture.TEXT_A, source.text());
    }

    @Test
    void aPlainTextPathWithoutInternalOrFolderIsFound() throws Exception {
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Sources><TextSource guid='" + S1
                + "' plainTextPath='board.txt'>" + QdpxFixture.selection(S2, 0, 2, QdpxFixture.CODE_TRUST)
                + "</TextSource></Sources>");
        RefiContent content = read(QdpxFixture.project(xml).entry("sources/board.txt", QdpxFixture.TEXT_B));
        assertEquals("board.txt", content.sources().get(0).name(), "a source without a name is named by its file");
        assertEquals(1, content.codingCount());
    }

    @Test
    void duplicateSourceNamesAreMadeDistinct() throws Exception {
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Sources>"
                + QdpxFixture.textSource(S1, "Intervju", "internal://" + S1 + ".txt", "")
                + QdpxFixture.textSource(S2, "Intervju", "internal://" + S2 + ".txt", "") + "</Sources>");
        RefiContent content = read(QdpxFixture.project(xml).entry("sources/" + S1 + ".txt", QdpxFixture.TEXT_A)
                .entry("sources/" + S2 + ".txt", QdpxFixture.TEXT_B));
        assertEquals(List.of("Intervju", "Intervju (2)"), content.sources().stream().map(ReadSource::name).toList());
    }

    @Test
    void anEmptyPlainTextBesideARichSourceIsExtractedFromTheRichText() throws Exception {
        byte[] docx = Files.readAllBytes(TestDocuments.docx(temp.resolve("i.docx"), TestDocuments.INTERVIEW));
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Sources><TextSource guid='" + S1
                + "' name='Word' richTextPath='internal://" + S1 + ".docx' plainTextPath='internal://" + S1
                + ".txt'/></Sources>");
        RefiContent content = read(QdpxFixture.project(xml).entry("sources/" + S1 + ".txt", "")
                .entry("sources/" + S1 + ".docx", docx));
        ReadSource source = content.sources().get(0);
        assertTrue(source.text().contains(TestDocuments.INTERVIEW.get(0).strip()), source.text());
        assertTrue(source.format().contains("word"), source.format());
    }

    @Test
    void aSourceGivenOnlyAsPdfIsExtracted() throws Exception {
        ReadSource source = onlyRichText("pdf", TestDocuments.pdf(temp.resolve("i.pdf"), TestDocuments.INTERVIEW));
        assertTrue(source.text().contains("Hur"), source.text());
        assertEquals("application/pdf", source.format());
    }

    @Test
    void aSourceGivenOnlyAsDocxIsExtracted() throws Exception {
        ReadSource source = onlyRichText("docx", TestDocuments.docx(temp.resolve("e.docx"), TestDocuments.INTERVIEW));
        assertTrue(source.text().contains(TestDocuments.INTERVIEW.get(0).strip()), source.text());
        assertTrue(source.format().contains("word"), source.format());
    }

    /** A source with a rich-text file and no plain text, as read. */
    private ReadSource onlyRichText(String extension, Path file) throws Exception {
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Sources><TextSource guid='" + S1
                + "' name='Rik' richTextPath='internal://" + S1 + "." + extension + "'/></Sources>");
        return read(QdpxFixture.project(xml).entry("sources/" + S1 + "." + extension, Files.readAllBytes(file)))
                .sources().get(0);
    }

    @Test
    void variablesOnCasesAreRead() throws Exception {
        String variable = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0501";
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Variables><Variable guid='" + variable
                + "' name='Roll' typeOfVariable='Text'/></Variables><Cases><Case guid='" + S2
                + "' name='Chef 1'><VariableValue><VariableRef targetGUID='" + variable
                + "'/><TextValue>Chef</TextValue></VariableValue><SourceRef targetGUID='" + S1
                + "'/></Case></Cases><Sources>" + QdpxFixture.textSource(S1, "A", "internal://" + S1 + ".txt", "")
                + "</Sources>");
        RefiContent content = read(QdpxFixture.project(xml).entry("sources/" + S1 + ".txt", QdpxFixture.TEXT_A));
        RefiRecords.Case aCase = content.project().cases().get(0);
        assertEquals(List.of(S1), aCase.sourceGuids());
        assertEquals(List.of(new RefiRecords.Value(variable, "Chef")), aCase.values());
        assertTrue(content.sources().get(0).values().isEmpty());
    }

    @Test
    void aParentCodeWithTheNameOfItsChildStaysTwoCodes() throws Exception {
        String xml = QdpxFixture.projectXml("<CodeBook><Codes><Code guid='" + S1
                + "' name='Stöd' isCodable='true'><Code guid='" + S2
                + "' name='Stöd' isCodable='true'/></Code></Codes></CodeBook>");
        RefiContent content = read(QdpxFixture.project(xml));
        assertEquals(List.of(S1, S2), content.allCodes().stream().map(RefiRecords.Code::guid).toList());
        assertEquals(S2, content.project().codes().get(0).children().get(0).guid());
    }

    @Test
    void codingsWithBadRangesAreReportedNotRead() throws Exception {
        int length = QdpxFixture.TEXT_A.codePointCount(0, QdpxFixture.TEXT_A.length());
        RefiContent content = read(oneSource(QdpxFixture.selection(S1, 20, 10, QdpxFixture.CODE_TRUST)
                + QdpxFixture.selection(S2, 5, length + 40, QdpxFixture.CODE_TRUST)
                + QdpxFixture.selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0403", 0, 2, QdpxFixture.CODE_TRUST),
                QdpxFixture.TEXT_A));
        assertEquals(1, content.codingCount());
        String badRange = "Coding with a start after its end or beyond the text (not imported)";
        DataLossReport.Entry rejected = content.report().entry(badRange).orElseThrow();
        assertEquals(2, rejected.count());
        assertEquals(List.of("Rader 20–10", "Rader 5–" + (length + 40)), rejected.examples());
        assertTrue(content.report().text().contains("2 × " + badRange), content.report().text());
    }

    @Test
    void whatTillitHasNoPlaceForIsReportedWithCountsAndExamples() throws Exception {
        String xml = QdpxFixture.projectXml(QdpxFixture.codebook() + "<Sources>"
                + "<AudioSource guid='" + S1 + "' name='Inspelning 1' path='internal://a.mp3'/>"
                + "<AudioSource guid='" + S2 + "' name='Inspelning 2' path='internal://b.mp3'/>"
                + "<PictureSource guid='" + S2 + "' name='Foto'/></Sources>"
                + "<Links><Link guid='" + S1 + "' name='orsakar'/></Links>"
                + "<x:Layout xmlns:x='urn:example:layout'><x:Window/></x:Layout>");
        DataLossReport report = read(QdpxFixture.project(xml)).report();
        DataLossReport.Entry audio = report
                .entry("AudioSource (audio, video, pictures and PDF regions are not carried)").orElseThrow();
        assertEquals(2, audio.count());
        assertEquals(List.of("Inspelning 1", "Inspelning 2"), audio.examples());
        assertEquals(1, report.entry("Element Link").orElseThrow().count());
        assertEquals(1, report.entry("Element {urn:example:layout}Layout of another program (unknown namespace)")
                .orElseThrow().count());
        // The writing program's name is about the file, not the project: nothing is lost with it.
        assertTrue(report.entry("Attribute Project@origin").isEmpty());
    }

    private static void assertCoded(ReadSource source, List<String> quotes) {
        List<String> coded = source.codings().stream().map(c -> quote(source.text(), c)).toList();
        assertEquals(quotes, coded);
    }

    private static String quote(String text, ReadCoding coding) {
        return text.substring(text.offsetByCodePoints(0, coding.start()), text.offsetByCodePoints(0, coding.end()));
    }
}
