package org.tillit.ui.widgets;

import java.util.Map;

/** Short names for the media types Tika detects, as shown in the Documents view. */
public final class FormatLabels {

    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (docx)"),
            Map.entry("application/msword", "Word (doc)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/pdf", "PDF"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("text/plain", "Text"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("application/epub+zip", "EPUB"));

    private FormatLabels() {
    }

    public static String of(String mediaType) {
        return mediaType == null ? "" : SHORT.getOrDefault(mediaType, mediaType);
    }
}
