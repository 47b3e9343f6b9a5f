package org.tillit.exchange.writing;

import java.util.Locale;

import org.tillit.exchange.RefiXml;
import org.tillit.model.Document;
import org.tillit.store.OriginalFiles;

/**
 * How a document is carried, by what REFI-QDA 1.5 allows for its original (sections 9.1.2–9.1.4):
 * a Word original is a TextSource's rich text, a PDF original a PDFSource whose Representation
 * holds the plain text; any other original (txt, odt, rtf...) has no place, and the document is a
 * TextSource of its plain text alone.
 */
enum SourceKind {
    PLAIN(null), DOCX("docx"), PDF("pdf");

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF_TYPE = "application/pdf";

    private final String extension;

    SourceKind(String extension) {
        this.extension = extension;
    }

    static SourceKind of(Document document, OriginalFiles originals) {
        String name = document.getOriginalFileName() == null ? "" : document.getOriginalFileName().toLowerCase(Locale.ROOT);
        SourceKind kind = PLAIN;
        if (DOCX_TYPE.equals(document.getFormat()) || name.endsWith(".docx")) {
            kind = DOCX;
        } else if (PDF_TYPE.equals(document.getFormat()) || name.endsWith(".pdf")) {
            kind = PDF;
        }
        return kind == PLAIN || !originals.has(document) ? PLAIN : kind;
    }

    boolean carriesOriginal() {
        return extension != null;
    }

    /** The original's name inside the sources folder. */
    String originalFile(String sourceGuid) {
        return sourceGuid + "." + extension;
    }

    /** The plain text's name inside the sources folder. */
    static String plainTextFile(String sourceGuid) {
        return sourceGuid + ".txt";
    }

    static String internal(String file) {
        return RefiXml.INTERNAL + file;
    }
}
