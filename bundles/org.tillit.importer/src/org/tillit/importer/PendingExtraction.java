package org.tillit.importer;

/** An extraction under way; {@link #await()} gives its text or its failure. */
@FunctionalInterface
public interface PendingExtraction {

    /**
     * @throws ExtractionException with a message for the user naming what is wrong with the file
     */
    ExtractedText await() throws ExtractionException;
}
