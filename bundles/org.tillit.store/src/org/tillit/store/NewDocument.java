package org.tillit.store;

import java.nio.file.Path;
import java.time.Instant;
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
 * @param guid the document's GUID when it has one already (brought from another program, which
 *            refers to it by it); null: the store gives it a new one
 * @param imported when the document first entered a project (another program's creation time);
 *            null: now
 */
public record NewDocument(String name, Path original, String format, String sha256, String plainText,
        Map<String, String> metadata, String guid, Instant imported) {

    /** A document new to every project: a new GUID, imported now. */
    public NewDocument(String name, Path original, String format, String sha256, String plainText,
            Map<String, String> metadata) {
        this(name, original, format, sha256, plainText, metadata, null, null);
    }
}
