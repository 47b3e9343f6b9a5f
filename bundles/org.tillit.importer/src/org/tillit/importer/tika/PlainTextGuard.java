package org.tillit.importer.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Keeps a text file text. Tika's text parser sniffs plain text for CSV and, in a transcript whose
 * lines all hold a few commas, turns every comma into a tab. For files named as text that Tika
 * detects as plain text (or Markdown), the detected type is fixed so no sniffing happens.
 */
final class PlainTextGuard {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    private static final Set<MediaType> TABLES = Set.of(MediaType.text("csv"), MediaType.parse("text/tab-separated-values"));

    private PlainTextGuard() {
    }

    static void fixTextType(Path file, Metadata metadata, Detector detector, MediaTypeRegistry registry) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType detected = detector.detect(in, metadata).getBaseType();
            if (registry.isInstanceOf(detected, MediaType.TEXT_PLAIN) && !TABLES.contains(detected)) {
                metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, detected.toString());
            }
        } catch (IOException e) {
            // Left to the parse, which names what is wrong with the file.
        }
    }
}
