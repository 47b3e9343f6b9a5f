package org.tillit.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the documents tests import: real files of each format, made with the same libraries
 * researchers' tools use (POI for Word, PDFBox for PDF), plus broken ones of each kind.
 */
public final class TestDocuments {

    /** An interview excerpt with Swedish and Danish letters, as paragraphs. */
    public static final List<String> INTERVIEW = List.of(
            "I: Hur upplever du tillitsreformen i hemtjänsten?",
            "IP: Vi har fått större handlingsutrymme, men stödet från ledningen är inte alltid där.",
            "I: Kan du ge ett exempel?",
            "IP: Kollegial granskning känns ibland som kontroll. Også på dansk: æ, ø, å.");

    private TestDocuments() {
    }

    public static Path docx(Path file, List<String> paragraphs) throws IOException {
        return docx(file, paragraphs, null);
    }

    /** A Word file whose pages carry a header, as transcription services write them. */
    public static Path docx(Path file, List<String> paragraphs, String pageHeader) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            if (pageHeader != null) {
                document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(pageHeader);
            }
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
        return file;
    }

    /** A minimal EPUB 2 book: stored mimetype, container, package document and one chapter. */
    public static Path epub(Path file, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<p>").append(escapeXml(paragraph)).append("</p>");
        }
        String container = "<?xml version=\"1.0\"?><container version=\"1.0\" "
                + "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
                + "full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
        String opf = "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" "
                + "unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Rapport"
                + "</dc:title><dc:identifier id=\"id\">tillit-test</dc:identifier></metadata><manifest><item id=\"c1\" "
                + "href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c1\"/>"
                + "</spine></package>";
        String chapter = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>Kapitel</title></head><body>" + body + "</body></html>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            storedEntry(zip, "mimetype", "application/epub+zip");
            deflatedEntry(zip, "META-INF/container.xml", container);
            deflatedEntry(zip, "OEBPS/content.opf", opf);
            deflatedEntry(zip, "OEBPS/chapter.xhtml", chapter);
        }
        return file;
    }

    /** A zip entry stored uncompressed, as EPUB and OpenDocument require for their mimetype. */
    private static void storedEntry(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflatedEntry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A minimal OpenDocument text: stored mimetype first, then manifest and content. */
    public static Path odt(Path file, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(escapeXml(paragraph)).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            storedEntry(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            deflatedEntry(zip, "META-INF/manifest.xml", manifest);
            deflatedEntry(zip, "content.xml", content);
        }
        return file;
    }

    /** RTF with non-ASCII letters written as \\u escapes, as word processors do. */
    public static Path rtf(Path file, List<String> paragraphs) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\pard\\plain\\f0\\fs24 ");
        for (String paragraph : paragraphs) {
            paragraph.codePoints().forEach(cp -> {
                if (cp < 128) {
                    rtf.append(cp == '\\' || cp == '{' || cp == '}' ? "\\" + (char) cp : String.valueOf((char) cp));
                } else {
                    rtf.append("\\u").append(cp).append('?');
                }
            });
            rtf.append("\\par\n");
        }
        rtf.append('}');
        Files.writeString(file, rtf, StandardCharsets.US_ASCII);
        return file;
    }

    public static Path html(Path file, List<String> paragraphs) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Intervju</title>"
                + "<style>p { color: red; }</style><script>var x = 1;</script></head><body>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escapeXml(paragraph)).append("</p>");
        }
        Files.writeString(file, html.append("</body></html>"), StandardCharsets.UTF_8);
        return file;
    }

    /** Plain text in the given encoding, optionally with a byte order mark. */
    public static Path text(Path file, List<String> paragraphs, Charset charset, boolean bom) throws IOException {
        String text = (bom ? "\uFEFF" : "") + String.join("\r\n", paragraphs) + "\r\n";
        Files.write(file, text.getBytes(charset));
        return file;
    }

    public static Path pdf(Path file, List<String> paragraphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 720);
                for (String paragraph : paragraphs) {
                    content.showText(paragraph);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A Word file protected by a password (agile encryption, as Word writes it). */
    public static Path encryptedDocx(Path file, String password) throws IOException {
        Path plain = docx(Files.createTempFile(file.getParent(), "plain", ".docx"), INTERVIEW);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            } catch (InvalidFormatException | GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
        return file;
    }

    /** A PDF that needs a password to open. */
    public static Path encryptedPdf(Path file, String password) throws IOException {
        Path plain = pdf(Files.createTempFile(file.getParent(), "plain", ".pdf"), INTERVIEW);
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(password, password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    /** A scanned page: a PDF with an image and no text layer. */
    public static Path imageOnlyPdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 600);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A .docx whose document part unpacks to hundreds of megabytes from well under a megabyte:
     * the shape of a zip bomb.
     */
    public static Path zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            deflatedEntry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            deflatedEntry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats."
                    + "org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A real .docx cut off half-way, as an interrupted download or copy leaves it. */
    public static Path truncatedDocx(Path file) throws IOException {
        Path whole = docx(Files.createTempFile(file.getParent(), "whole", ".docx"), INTERVIEW);
        byte[] bytes = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }

    public static Path empty(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return file;
    }

    /** Random bytes (fixed seed, so every run sees the same file). */
    public static Path randomBinary(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
