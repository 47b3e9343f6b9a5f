package org.tillit.exchange.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.tillit.exchange.RefiXml;

/**
 * Writes .qdpx archives for tests: a project.qde given as XML text and entries beside it, the way
 * different exporters lay them out (or the way a hostile file would).
 */
final class QdpxFixture {

    static final String USER = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0001";
    static final String CODE_TRUST = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0101";
    static final String CODE_TIME = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0102";
    static final String SOURCE_A = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0201";
    static final String SOURCE_B = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0202";
    static final String TEXT_A = "I: Hur är stödet från chefen?\nIP: Vi har tillit 😀 men för lite tid.";
    static final String TEXT_B = "I: Och kollegial granskning?\nIP: Den upplevs som kontroll.";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    static QdpxFixture project(String projectXml) {
        return new QdpxFixture().entry(RefiXml.PROJECT_ENTRY, projectXml);
    }

    QdpxFixture entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    QdpxFixture entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    byte[] bytes() throws IOException {
        return bytesWithout(null);
    }

    /** The archive without the named entry (for an archive that lacks project.qde). */
    byte[] bytesWithout(String left) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (entry.getKey().equals(left)) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A project in the REFI namespace around the given elements. */
    static String projectXml(String inside) {
        return "<?xml version='1.0' encoding='UTF-8'?>\n<Project xmlns='" + RefiXml.PROJECT_NS
                + "' name='Tillitsprojektet' origin='Test'>" + inside + "</Project>";
    }

    static String users() {
        return "<Users><User guid='" + USER + "' name='Karin'/></Users>";
    }

    /** Two codes: Tillit with a child Tid. */
    static String codebook() {
        return "<CodeBook><Codes><Code guid='" + CODE_TRUST + "' name='Tillit' isCodable='true' color='#3366CC'>"
                + "<Description>Förtroende i arbetet</Description>" + "<Code guid='" + CODE_TIME
                + "' name='Tid' isCodable='true'/></Code></Codes></CodeBook>";
    }

    static String textSource(String guid, String name, String path, String selections) {
        return "<TextSource guid='" + guid + "' name='" + name + "' plainTextPath='" + path + "'>" + selections
                + "</TextSource>";
    }

    static String selection(String guid, int start, int end, String code) {
        return "<PlainTextSelection guid='" + guid + "' startPosition='" + start + "' endPosition='" + end
                + "' creatingUser='" + USER + "' creationDateTime='2024-05-02T10:15:00Z'><Coding guid='"
                + guid.substring(0, 30) + "999999'><CodeRef targetGUID='" + code + "'/></Coding></PlainTextSelection>";
    }

    /** The standard layout: two interviews in sources/, three codings. */
    static QdpxFixture twoInterviews() {
        String sources = "<Sources>"
                + textSource(SOURCE_A, "Intervju A", "internal://" + SOURCE_A + ".txt",
                        selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0301", 3, 28, CODE_TRUST)
                                + selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0302", 50, 66, CODE_TIME))
                + textSource(SOURCE_B, "Intervju B", "internal://" + SOURCE_B + ".txt",
                        selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0303", 0, 27, CODE_TRUST))
                + "</Sources>";
        return project(projectXml(users() + codebook() + sources))
                .entry("sources/" + SOURCE_A + ".txt", TEXT_A).entry("sources/" + SOURCE_B + ".txt", TEXT_B);
    }
}
