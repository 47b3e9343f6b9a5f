package org.tillit.model.codebook;

import java.util.IdentityHashMap;
import java.util.Map;

import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;

/**
 * How much each code and each document is coded, for the Codebook and Documents views: per code
 * its codings and the documents it is in, its own and with its sub-codes; per document its codings.
 * One pass over the model's codings (call it under the store's lock), cheap enough to compute
 * again after each coding.
 */
public final class CodeCounts {

    /** The counts of one code; {@code lastDocument} makes document counts distinct without sets. */
    private static final class Tally {
        int codings;
        int documents;
        int codingsWithSubCodes;
        int documentsWithSubCodes;
        Document lastDocument;
        Document lastDocumentWithSubCodes;
    }

    private final Map<Code, Tally> codes = new IdentityHashMap<>();
    private final Map<Document, Integer> documents = new IdentityHashMap<>();

    private CodeCounts() {
    }

    /** Counts the whole project as it is now. */
    public static CodeCounts of(Project project) {
        CodeCounts counts = new CodeCounts();
        for (Document document : project.getDocuments()) {
            counts.documents.put(document, document.getCodings().size());
            for (Coding coding : document.getCodings()) {
                counts.count(coding.getCode(), document);
            }
        }
        return counts;
    }

    private void count(Code code, Document document) {
        Tally own = tally(code);
        own.codings++;
        if (own.lastDocument != document) {
            own.lastDocument = document;
            own.documents++;
        }
        for (Code c = code; c != null; c = c.getParent()) {
            Tally t = c == code ? own : tally(c);
            t.codingsWithSubCodes++;
            if (t.lastDocumentWithSubCodes != document) {
                t.lastDocumentWithSubCodes = document;
                t.documentsWithSubCodes++;
            }
        }
    }

    private Tally tally(Code code) {
        return codes.computeIfAbsent(code, c -> new Tally());
    }

    private Tally get(Code code) {
        Tally t = codes.get(code);
        return t == null ? new Tally() : t;
    }

    /** The code's own codings (not its sub-codes'). */
    public int codings(Code code) {
        return get(code).codings;
    }

    /** How many documents the code itself codes. */
    public int documents(Code code) {
        return get(code).documents;
    }

    /** The codings of the code and of every code below it. */
    public int codingsWithSubCodes(Code code) {
        return get(code).codingsWithSubCodes;
    }

    /** How many documents the code or any code below it codes. */
    public int documentsWithSubCodes(Code code) {
        return get(code).documentsWithSubCodes;
    }

    /** The document's codings, of every code. */
    public int codings(Document document) {
        return documents.getOrDefault(document, 0);
    }
}
