package org.tillit.importer;

import java.nio.file.Path;

/**
 * What became of one file of an import.
 *
 * @param file the file
 * @param status imported, skipped or failed
 * @param message for skipped and failed files: why, for the user; empty when imported
 */
public record ImportOutcome(Path file, Status status, String message) {

    public enum Status {
        IMPORTED, SKIPPED, FAILED
    }

    /** One line for a summary: "interview.docx: the file is empty". */
    public String describe() {
        String name = file.getFileName().toString();
        return message.isEmpty() ? name : name + ": " + message;
    }
}
