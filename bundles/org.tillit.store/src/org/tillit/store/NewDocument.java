package org.tillit.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * A document about to enter a project: the extracted plain text and where it came from.
 *
 * @param name display name (the file name without folder)
 * @param original the original file, copied into the project
 * @param format media type detected for the original
 * @param sha256 hex SHA-256 of the original file's bytes
 * @param plainText the text codings will point into
 * @param metadata metadata the extractor found (author, title, ...)
 */
public record NewDocument(String name, Path original, String format, String sha256, String plainText,
        Map<String, String> metadata) {
}
