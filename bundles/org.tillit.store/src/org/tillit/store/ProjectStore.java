package org.tillit.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;

/**
 * An open project: its EMF model, kept in step with the database. Every change is committed when
 * the call returns: there is no "save" and no unsaved state. A failed change is rolled back and
 * leaves model and database as they were. Methods may be called from any thread; they are
 * serialised by the store.
 *
 * <p>The store persists; it does not decide. Model changes users make go through undoable
 * commands (org.tillit.commands), which call these methods.
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

    /**
     * Stores a newly imported document, a copy of its original file, and a case of its own for it,
     * in one transaction.
     */
    Document addDocument(NewDocument document) throws ProjectStoreException;

    /**
     * Stores several newly imported documents as {@link #addDocument} does, in one transaction:
     * all of them or (on a failure) none. One commit for several small files is what makes a
     * batch import fast.
     */
    List<Document> addDocuments(List<NewDocument> documents) throws ProjectStoreException;

    /** Puts a removed document back (with its text, codings, attribute values and case links). */
    void insertDocument(Document document, String text, int index, List<Case> cases) throws ProjectStoreException;

    /** Removes a document, its codings and attribute values; its original file stays for undo. */
    void removeDocument(Document document) throws ProjectStoreException;

    // ---- codebook

    /** Inserts the code with its whole subtree under the parent (null: top level) at the index. */
    void insertCode(Code code, Code parent, int index) throws ProjectStoreException;

    /** Writes the code's own fields (labels, definitions, colour, codable, source, memo). */
    void saveCode(Code code) throws ProjectStoreException;

    /** Moves the code (with its subtree) under the new parent (null: top level) at the index. */
    void moveCode(Code code, Code newParent, int index) throws ProjectStoreException;

    /**
     * Removes the code and its subtree from the codebook and from every set. Codings of these codes
     * must have been removed or moved first: a code with codings is refused.
     */
    void removeCode(Code code) throws ProjectStoreException;

    /** Rewrites which codes the set holds, in the order of {@link CodeSet#getMembers()}. */
    void saveSetMembers(CodeSet set) throws ProjectStoreException;

    // ---- codings

    /** All codings of the code (not of its children), in document and position order. */
    List<Coding> codingsOf(Code code);

    /** Stores a coding of the document (which receives it); its code must be set. */
    void insertCoding(Coding coding, Document document) throws ProjectStoreException;

    /** Writes the coding's code, range and memo. */
    void saveCoding(Coding coding) throws ProjectStoreException;

    /** Removes the coding from its document (callers that may undo keep the document). */
    void removeCoding(Coding coding) throws ProjectStoreException;

    /** The coder this Tillit works as (the operating-system user), created on first use. */
    Coder currentCoder() throws ProjectStoreException;

    // ---- cases, attributes, memos

    /** The cases a document belongs to. */
    List<Case> casesOf(Document document);

    /** Sets an attribute value on a document or case; null or empty removes it. */
    void setAttribute(EObject owner, AttributeDefinition definition, String value) throws ProjectStoreException;

    /**
     * Applies a batch of attribute changes in one transaction: all of it lands, or (on a failure)
     * none of it and the model stays as it was.
     */
    void changeAttributes(AttributeChanges changes) throws ProjectStoreException;

    /** The value of an attribute on a document or case, if set. */
    Optional<String> attribute(EObject owner, AttributeDefinition definition);

    /** Sets the memo of the project, a document, case, code or coding; null or empty clears it. */
    void saveMemo(EObject owner, String memo) throws ProjectStoreException;

    @Override
    void close();
}
