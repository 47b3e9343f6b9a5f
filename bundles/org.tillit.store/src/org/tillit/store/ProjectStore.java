package org.tillit.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
 * the call returns: there is no "save" and no unsaved state. A failed change (any exception or
 * error) is rolled back and leaves model and database as they were.
 *
 * <p><b>Units of work.</b> Each change method is one transaction; {@link #inOneTransaction} makes
 * many of them one: all land or none does. One user action is one command is one unit of work.
 *
 * <p><b>Threading.</b> The model is changed only by these methods, under the store's lock. Other
 * threads read the model under the same lock ({@link #read}) or through the methods that return
 * copies ({@link #documents()}, {@link #codingsOf}, {@link #casesOf}, {@link #codingsIn}).
 * Listeners hear what changed after each commit.
 *
 * <p>The store persists; it does not decide. Model changes users make go through undoable
 * commands (org.tillit.commands), which call these methods.
 */
public interface ProjectStore extends AutoCloseable {

    /** Where the project lives. */
    ProjectLocation location();

    /** The version of the store schema this project is at. */
    int schemaVersion();

    /** Who codes in this session: new codings are recorded under this coder. */
    CoderIdentity coderIdentity();

    /** From now on, new codings are recorded under this coder (the user chose another name). */
    void useCoder(CoderIdentity coder);

    /** The project's copies of imported files. */
    OriginalFiles originals();

    // ---- units of work, reading, events

    /**
     * Runs store calls as one transaction: all of their changes are committed together, or on any
     * failure none is and the model is as before. Nested calls join the outer unit.
     */
    void inOneTransaction(String what, StoreWork work) throws ProjectStoreException;

    /** Reads the live model under the store's lock (no change can happen meanwhile). */
    <T> T read(Function<Project, T> reader);

    /** Hears what each committed unit of work changed. */
    void addListener(ProjectListener listener);

    void removeListener(ProjectListener listener);

    // ---- model

    /** The project's model as loaded at open and kept up to date by the store; read under {@link #read}. */
    Project project();

    /** A snapshot of the documents in import order (safe to iterate while imports go on). */
    List<Document> documents();

    Codebook codebook();

    /** The document's plain text, read on demand (documents can be large). */
    String text(Document document) throws ProjectStoreException;

    /** The document already imported from a file with this SHA-256, if any. */
    Optional<Document> documentWithSha256(String sha256);

    // ---- documents

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

    /** Sets the code's own fields (labels, definitions, colour, codable, memo). */
    void updateCode(Code code, CodeFields fields) throws ProjectStoreException;

    /** Moves the code (with its subtree) under the new parent (null: top level) at the index. */
    void moveCode(Code code, Code newParent, int index) throws ProjectStoreException;

    /**
     * Removes the code and its subtree from the codebook and from every set. Codings of these codes
     * must have been removed or moved first: a code with codings is refused.
     */
    void removeCode(Code code) throws ProjectStoreException;

    /** Sets which codes the set holds, in this order. */
    void setMembers(CodeSet set, List<Code> members) throws ProjectStoreException;

    /**
     * Merges the source into the target: every coding of the source becomes the target's and the
     * source leaves the codebook and every set. Its sub-codes must have been moved first. One
     * unit of work, as quick for 15,000 codings as for one.
     */
    void mergeCode(Code source, Code target) throws ProjectStoreException;

    /**
     * Undoes {@link #mergeCode}: the source back under the parent (null: top level) at the index,
     * and these codings, which are the target's now, the source's again.
     */
    void unmergeCode(Code source, Code parent, int index, List<Coding> codings) throws ProjectStoreException;

    /**
     * Deletes the code, its subtree and every coding of them, and takes them out of every set. One
     * unit of work, as quick for 15,000 codings as for one.
     */
    void deleteCodeWithCodings(Code code) throws ProjectStoreException;

    /**
     * Undoes {@link #deleteCodeWithCodings}: the code with its subtree back under the parent (null:
     * top level) at the index, and its codings back in their documents.
     */
    void restoreCodeWithCodings(Code code, Code parent, int index, List<PlacedCoding> codings)
            throws ProjectStoreException;

    /** Adds a code set, with the codes it holds (which must be in the codebook), after the others. */
    void insertSet(CodeSet set) throws ProjectStoreException;

    /** Removes a code set; its codes stay in the codebook. */
    void removeSet(CodeSet set) throws ProjectStoreException;

    // ---- codings

    /** All codings of the code (not of its children), in document and position order. */
    List<Coding> codingsOf(Code code);

    /** How many codings the code has (not its children). */
    int codingCount(Code code);

    /** A snapshot of the document's codings in position order. */
    List<Coding> codingsIn(Document document);

    /** Stores a coding of the document (which receives it); its code must be set. */
    void insertCoding(Coding coding, Document document) throws ProjectStoreException;

    /** Stores many codings, each into its document, in one transaction. */
    void insertCodings(List<PlacedCoding> codings) throws ProjectStoreException;

    /** Moves the coding's range (code points, end exclusive). */
    void changeRange(Coding coding, int start, int end) throws ProjectStoreException;

    /** Gives the codings another code, in one transaction. */
    void recode(Collection<Coding> codings, Code code) throws ProjectStoreException;

    /** Removes the coding from its document (callers that may undo keep the document). */
    void removeCoding(Coding coding) throws ProjectStoreException;

    /** Removes many codings in one transaction. */
    void removeCodings(Collection<Coding> codings) throws ProjectStoreException;

    // ---- text

    /**
     * Replaces code points [start, end) of the document's stored text (the original file stays as
     * it was) and keeps its length, lines, paragraphs, turns and codings in step, as a text editor
     * keeps positions: a coding before the edit stays, one after it moves, one holding the edit
     * grows or shrinks, one overlapping an edge keeps what is left of its own text, and one whose
     * whole text is deleted is removed (in the result, with what it covered). One transaction.
     */
    TextEdit replaceText(Document document, int start, int end, String replacement) throws ProjectStoreException;

    /**
     * Makes several replacements in the document's text, in order, as {@link #replaceText} makes
     * one, in one transaction: each in the positions the ones before it left (replacing every
     * occurrence of a name, from the last to the first, keeps the positions of those still to come).
     * The text, lines and turns are written once, however many there are.
     *
     * @return what each replacement did, in their order
     */
    List<TextEdit> replaceTexts(Document document, List<TextChange> changes) throws ProjectStoreException;

    /** The coder of {@link #coderIdentity()}, created on first use. */
    Coder currentCoder() throws ProjectStoreException;

    /** Adds a coder under its own guid and name (codings brought from elsewhere keep who made them). */
    void insertCoder(Coder coder) throws ProjectStoreException;

    /** Removes a coder no coding refers to any more. */
    void removeCoder(Coder coder) throws ProjectStoreException;

    // ---- cases, attributes, memos

    /** The cases a document belongs to. */
    List<Case> casesOf(Document document);

    /** Adds a case after the others, with the documents it holds and its attribute values. */
    void insertCase(Case aCase) throws ProjectStoreException;

    /** Removes a case and its attribute values; its documents stay (and the case keeps its list of them). */
    void removeCase(Case aCase) throws ProjectStoreException;

    /**
     * Sets which documents the case holds (kept in the project's order of documents); those not
     * named leave it, the documents themselves stay.
     */
    void setCaseDocuments(Case aCase, List<Document> documents) throws ProjectStoreException;

    /** Sets an attribute value on a document or case; null or empty removes it. */
    void setAttribute(EObject owner, AttributeDefinition definition, String value) throws ProjectStoreException;

    /**
     * Applies a batch of attribute changes in one transaction: all of it lands, or (on a failure)
     * none of it and the model stays as it was.
     */
    void changeAttributes(AttributeChanges changes) throws ProjectStoreException;

    /** The value of an attribute on a document or case, if set. */
    Optional<String> attribute(EObject owner, AttributeDefinition definition);

    /**
     * Names and dates the project, as another program did when the project was brought from there.
     *
     * @param created when the project was made; null keeps the date it has
     */
    void nameProject(String name, Instant created) throws ProjectStoreException;

    /** Sets the memo of the project, a document, case, code or coding; null or empty clears it. */
    void saveMemo(EObject owner, String memo) throws ProjectStoreException;

    /** Closes the project; waits for a change in progress to finish. */
    @Override
    void close();
}
