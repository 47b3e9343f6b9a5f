package org.tillit.importer;

import java.nio.file.Path;

import org.tillit.model.Document;

/**
 * What became of one file of an import.
 *
 * @param file the file
 * @param status imported, skipped or failed
 * @param message for skipped and failed files: why, for the user; empty when imported
 * @param document the document the file became, when imported; otherwise null
 */
public record ImportOutcome(Path file, Status status, String message, Document document) {

    public static ImportOutcome imported(Path file, Document document) {
        return new ImportOutcome(file, Status.IMPORTED, "", document);
    }

    public static ImportOutcome skipped(Path file, String why) {
        return new ImportOutcome(file, Status.SKIPPED, why, null);
    }

    public static ImportOutcome failed(Path file, String why) {
        return new ImportOutcome(file, Status.FAILED, why, null);
    }

    public enum Status {
        IMPORTED, SKIPPED, FAILED
    }

    /** One line for a summary: "interview.docx: the file is empty". */
    public String describe() {
        String name = file.getFileName().toString();
        return message.isEmpty() ? name : name + ": " + message;
    }
}
