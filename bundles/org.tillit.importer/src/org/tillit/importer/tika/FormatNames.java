package org.tillit.importer.tika;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The name a researcher knows a format by, from the file's extension. */
final class FormatNames {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("docx", "Word document"), Map.entry("doc", "Word document"),
            Map.entry("odt", "OpenDocument text"), Map.entry("rtf", "RTF document"),
            Map.entry("pdf", "PDF document"), Map.entry("html", "web page"), Map.entry("htm", "web page"),
            Map.entry("txt", "text file"), Map.entry("md", "Markdown file"), Map.entry("epub", "EPUB book"));

    private FormatNames() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, extension.isEmpty() ? "document" : "." + extension + " file");
    }
}
