package org.tillit.importer.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.l10n.Messages;

/**
 * Looks inside zip containers (docx, odt, epub, ...) before a parser does: a file that would
 * unpack to far more than any real document is refused, so it can never exhaust the memory of the
 * workbench. Sizes are counted while inflating, not taken from the (forgeable) zip directory.
 */
final class ZipBombGuard {

    /** Far beyond the text of any interview or report, far below the workbench's memory. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** Real documents compress text perhaps 10:1; a bomb, thousands to one. */
    private static final long MAX_RATIO = 200;
    private static final long RATIO_APPLIES_FROM = 8L * 1024 * 1024;

    private ZipBombGuard() {
    }

    static void check(Path file) throws ExtractionException {
        if (!isZip(file)) {
            return;
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        unpacked += n;
                        total += n;
                        if (total > MAX_UNPACKED_BYTES || unpacked > RATIO_APPLIES_FROM
                                && unpacked > MAX_RATIO * Math.max(entry.getCompressedSize(), 1)) {
                            throw new ExtractionException(NLS.bind(Messages.Extractor_zipBomb,
                                    Files.size(file) / 1024, total / (1024 * 1024)));
                        }
                    }
                }
            }
        } catch (ZipException e) {
            // Not a readable zip: the parser will say what is wrong with the file.
        } catch (IOException e) {
            throw new ExtractionException(NLS.bind(Messages.Extractor_cannotRead, e.getMessage()), e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
