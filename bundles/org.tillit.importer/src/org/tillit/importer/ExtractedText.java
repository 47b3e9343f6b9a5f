package org.tillit.importer;

import java.util.Map;

/**
 * @param text normalised plain text (NFC, {@code \n} line endings, no BOM)
 * @param mediaType the detected format of the file
 * @param metadata what the parser found about the document (title, author, ...)
 */
public record ExtractedText(String text, String mediaType, Map<String, String> metadata) {
}
