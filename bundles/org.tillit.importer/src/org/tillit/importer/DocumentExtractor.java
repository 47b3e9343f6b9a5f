package org.tillit.importer;

import java.nio.file.Path;

/** Turns a document file into the plain text Tillit codes. */
public interface DocumentExtractor {

    /**
     * @throws ExtractionException with a message for the user naming what is wrong with the file
     */
    ExtractedText extract(Path file) throws ExtractionException;

    /**
     * Starts extracting the file and returns, so that the caller can do other work meanwhile (an
     * import stores the file before). By default the extraction is done here, before returning.
     */
    default PendingExtraction start(Path file) {
        try {
            ExtractedText text = extract(file);
            return () -> text;
        } catch (ExtractionException e) {
            return () -> {
                throw e;
            };
        }
    }
}
