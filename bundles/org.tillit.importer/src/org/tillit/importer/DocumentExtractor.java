package org.tillit.importer;

import java.nio.file.Path;

/** Turns a document file into the plain text Tillit codes. */
public interface DocumentExtractor {

    /**
     * @throws ExtractionException with a message for the user naming what is wrong with the file
     */
    ExtractedText extract(Path file) throws ExtractionException;
}
