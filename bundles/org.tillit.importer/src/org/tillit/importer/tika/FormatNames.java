package org.tillit.importer.tika;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;

/** The name a researcher knows a format by, from the file's extension. */
final class FormatNames {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("docx", Messages.Format_word), Map.entry("doc", Messages.Format_word),
            Map.entry("odt", Messages.Format_odt), Map.entry("rtf", Messages.Format_rtf),
            Map.entry("pdf", Messages.Format_pdf), Map.entry("html", Messages.Format_html),
            Map.entry("htm", Messages.Format_html), Map.entry("txt", Messages.Format_text),
            Map.entry("md", Messages.Format_markdown), Map.entry("epub", Messages.Format_epub));

    private FormatNames() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension,
                extension.isEmpty() ? Messages.Format_document : NLS.bind(Messages.Format_other, extension));
    }
}
