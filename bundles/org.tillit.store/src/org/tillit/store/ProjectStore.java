package org.tillit.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.tillit.model.Codebook;
import org.tillit.model.Document;
import org.tillit.model.Project;

/**
 * An open project. Every change is committed when the call returns: there is no "save" and no
 * unsaved state. Methods may be called from any thread; they are serialised by the store.
 */
public interface ProjectStore extends AutoCloseable {

    /** The project folder. */
    Path folder();

    /** The version of the store schema this project is at. */
    int schemaVersion();

    /** The project's model as loaded at open and kept up to date by the store. */
    Project project();

    /** A snapshot of the documents in import order (safe to iterate while imports go on). */
    List<Document> documents();

    Codebook codebook();

    /** The document's plain text, read on demand (documents can be large). */
    String text(Document document) throws ProjectStoreException;

    /** The document already imported from a file with this SHA-256, if any. */
    Optional<Document> documentWithSha256(String sha256);

    /** Stores the document and a copy of its original file in one transaction. */
    Document addDocument(NewDocument document) throws ProjectStoreException;

    @Override
    void close();
}
