package org.tillit.ui.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats an export can be written in; a CSV for a Swedish Excel is a format of its own to the user. */
public enum ExportFormat {

    CSV("csv"), CSV_SWEDISH_EXCEL("csv"), XLSX("xlsx"), DOCX("docx"), MARKDOWN("md");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return switch (this) {
            case CSV -> Messages.Format_csv;
            case CSV_SWEDISH_EXCEL -> Messages.Format_csvExcel;
            case XLSX -> Messages.Format_xlsx;
            case DOCX -> Messages.Format_docx;
            case MARKDOWN -> Messages.Format_markdown;
        };
    }

    /** The file with this format's extension in place of the one it has (if it has one of ours). */
    public Path fileFor(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extensionNow = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean ours = false;
        for (ExportFormat format : values()) {
            ours |= format.extension.equals(extensionNow);
        }
        String stem = ours ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "." + extension);
    }

    /** Whether a chart can go into the file as a picture. */
    boolean holdsPictures() {
        return this == DOCX || this == XLSX;
    }

    /** Whether a record of the query is written beside the file (the formats without document properties). */
    boolean recordBeside() {
        return this == CSV || this == CSV_SWEDISH_EXCEL || this == MARKDOWN;
    }
}
