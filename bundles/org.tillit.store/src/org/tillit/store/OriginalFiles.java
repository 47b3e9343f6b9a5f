package org.tillit.store;

import java.io.InputStream;

import org.tillit.model.Document;

/**
 * The project's copies of imported files, exactly as they were imported (for exchange and for
 * reading the source again). A folder keeps them on the desktop; a server store keeps them its way.
 */
public interface OriginalFiles {

    /** Whether the document's original is kept. */
    boolean has(Document document);

    /** Reads the document's original; the caller closes the stream. */
    InputStream open(Document document) throws ProjectStoreException;
}
