package org.tillit.model.documents;

import java.util.Map;

import org.tillit.model.l10n.Messages;

/**
 * Short names for the media types Tika detects ("Word (docx)" for the docx type), as the workbench
 * and the command line show a document's format.
 */
public final class FormatLabels {

    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (docx)"),
            Map.entry("application/msword", "Word (doc)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/pdf", "PDF"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("application/epub+zip", "EPUB"));

    private FormatLabels() {
    }

    /** The short name, in the user interface's language; an unknown type as it is. */
    public static String of(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        if (mediaType.equals("text/plain")) {
            return Messages.FormatLabels_text;
        }
        return SHORT.getOrDefault(mediaType, mediaType);
    }
}
