package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.reading.ArchiveLimits;
import org.tillit.exchange.reading.RefiReadException;

/** Hostile and broken archives are refused with a message that names the file; nothing is unpacked. */
class QdpxReadSafetyTest {

    @TempDir
    Path temp;

    @Test
    void aWellFormedProjectIsRead() throws Exception {
        RefiContent content = QdpxImport.read(QdpxFixture.twoInterviews().write(temp.resolve("ok.qdpx")), null);
        assertEquals(2, content.sources().size());
        assertEquals(3, content.codingCount());
    }

    @Test
    void anEntryClimbingOutOfTheArchiveIsRefused() throws Exception {
        Path file = QdpxFixture.twoInterviews().entry("sources/../../evil.txt", "x").write(temp.resolve("slip.qdpx"));
        assertRefused(file, "slip.qdpx", "../../evil.txt");
    }

    @Test
    void anAbsolutePathIsRefused() throws Exception {
        Path file = QdpxFixture.twoInterviews().entry("/etc/passwd", "x").write(temp.resolve("absolute.qdpx"));
        assertRefused(file, "absolute.qdpx", "/etc/passwd");
    }

    @Test
    void aSymbolicLinkIsRefused() throws Exception {
        byte[] zip = QdpxFixture.twoInterviews().entry("sources/link.txt", "/etc/passwd").bytes();
        Path file = Files.write(temp.resolve("link.qdpx"), asSymbolicLink(zip, "sources/link.txt"));
        assertRefused(file, "link.qdpx", "sources/link.txt");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        QdpxFixture fixture = QdpxFixture.twoInterviews();
        for (int i = 0; i < 10; i++) {
            fixture.entry("sources/extra" + i + ".txt", "x");
        }
        Path file = fixture.write(temp.resolve("many.qdpx"));
        ArchiveLimits few = new ArchiveLimits(5, ArchiveLimits.DEFAULT.maxTotalBytes(), 200, 200, 1000);
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null, few));
        assertTrue(refused.getMessage().contains("many.qdpx") && refused.getMessage().contains("13"),
                refused.getMessage());
    }

    @Test
    void aZipBombIsRefusedByWhatItUnpacksTo() throws Exception {
        byte[] zeros = new byte[8 * 1024 * 1024];
        Path file = QdpxFixture.twoInterviews().entry("sources/" + QdpxFixture.SOURCE_A + ".txt", zeros)
                .write(temp.resolve("bomb.qdpx"));
        RefiReadException ratio = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(ratio.getMessage().contains("bomb.qdpx") && ratio.getMessage().contains("zip bomb"),
                ratio.getMessage());
        ArchiveLimits small = new ArchiveLimits(100, 1024 * 1024, 100_000, 200, 1000);
        RefiReadException total = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null, small));
        assertTrue(total.getMessage().contains("1 MB"), total.getMessage());
    }

    @Test
    void anXmlBombIsRefusedBeforeAnyEntityIsExpanded() throws Exception {
        String bomb = "<?xml version='1.0'?><!DOCTYPE Project [<!ENTITY a 'aaaaaaaaaa'>"
                + "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]>"
                + "<Project xmlns='urn:QDA-XML:project:1.0' name='&c;'/>";
        Path file = QdpxFixture.project(bomb).write(temp.resolve("xmlbomb.qdpx"));
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("DTD") && refused.getMessage().contains("xmlbomb.qdpx"),
                refused.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        String xxe = "<?xml version='1.0'?><!DOCTYPE Project [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<Project xmlns='urn:QDA-XML:project:1.0' name='&x;'/>";
        Path file = QdpxFixture.project(xxe).write(temp.resolve("xxe.qdpx"));
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("DTD"), refused.getMessage());
    }

    @Test
    void nestingBeyondTheLimitIsRefused() throws Exception {
        String deep = "<Code guid='5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0101' name='x' isCodable='true'>".repeat(300)
                + "</Code>".repeat(300);
        Path file = QdpxFixture.project(QdpxFixture.projectXml("<CodeBook><Codes>" + deep + "</Codes></CodeBook>"))
                .write(temp.resolve("deep.qdpx"));
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("deep.qdpx") && refused.getMessage().contains("200"),
                refused.getMessage());
    }

    @Test
    void anArchiveWithoutProjectQdeIsRefused() throws Exception {
        Path file = Files.write(temp.resolve("empty.qdpx"),
                QdpxFixture.project("x").entry("sources/a.txt", "a").bytesWithout("project.qde"));
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("empty.qdpx") && refused.getMessage().contains("project.qde"),
                refused.getMessage());
    }

    @Test
    void aCorruptZipIsRefused() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = Files.write(temp.resolve("noise.qdpx"), noise);
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("noise.qdpx"), refused.getMessage());
        byte[] whole = QdpxFixture.twoInterviews().bytes();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        Path truncated = Files.write(temp.resolve("cut.qdpx"), cut);
        RefiReadException cutOff = assertThrows(RefiReadException.class, () -> QdpxImport.read(truncated, null));
        assertTrue(cutOff.getMessage().contains("cut.qdpx"), cutOff.getMessage());
    }

    @Test
    void malformedXmlNamesTheEntryAndLine() throws Exception {
        Path file = QdpxFixture.project("<Project xmlns='urn:QDA-XML:project:1.0' name='p'>\n<Users>")
                .write(temp.resolve("broken.qdpx"));
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains("broken.qdpx/project.qde"), refused.getMessage());
    }

    private static void assertRefused(Path file, String fileName, String entry) {
        RefiReadException refused = assertThrows(RefiReadException.class, () -> QdpxImport.read(file, null));
        assertTrue(refused.getMessage().contains(fileName) && refused.getMessage().contains(entry),
                refused.getMessage());
    }

    /** Marks the entry's central directory record as made on Unix with the mode of a symbolic link. */
    private static byte[] asSymbolicLink(byte[] zip, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && Short.toUnsignedInt(buffer.getShort(at + 28)) == wanted.length
                    && Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                buffer.putShort(at + 4, (short) (3 << 8 | 20));
                buffer.putInt(at + 38, 0120777 << 16);
                return zip;
            }
        }
        throw new AssertionError("no central directory record for " + name);
    }
}
