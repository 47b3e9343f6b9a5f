package org.tillit.ui.cooccurrence;

import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.query.Condition;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.query.Cooccurrence;

/**
 * What the Co-occurrence view asks: every code, or the code chosen in the Codebook view with its
 * sub-codes (null: none chosen yet), how near two codings must be, n for "within n characters", and
 * whether a cell tells its documents too.
 */
public record CooccurrenceRequest(boolean allCodes, Code chosen, Proximity proximity, int characters,
        boolean showDocuments) {

    /** Whether there is anything to count: all codes, or a chosen one. */
    public boolean complete() {
        return allCodes || chosen != null;
    }

    /** The query's spec; call under the store's lock (the sub-codes are read from the model). */
    public Cooccurrence.Spec spec() {
        List<Code> codes = allCodes ? List.of() : CodeTree.subtree(chosen);
        return new Cooccurrence.Spec(codes, proximity, proximity == Proximity.WITHIN ? characters : 0, Condition.ALWAYS);
    }
}
