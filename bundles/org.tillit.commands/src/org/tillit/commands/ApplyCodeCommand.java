package org.tillit.commands;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Codes a range of a document (code points, end exclusive) with a code, as the current coder. If
 * that coder has codings of the code that overlap or touch the range, they and the range become one
 * coding (the first of them, grown) instead of codings stacked on each other.
 */
public final class ApplyCodeCommand extends UndoableProjectCommand {

    private final Document document;
    private final Code code;
    private final int start;
    private final int end;
    private final Coding coding;
    /** How the range joined existing codings; null when it became a coding of its own. */
    private CodingMerge merge;

    public ApplyCodeCommand(ProjectStore store, Document document, Code code, int start, int end) {
        super(store, NLS.bind(Messages.ApplyCode, name(store, code)));
        if (!code.isCodable()) {
            throw new IllegalArgumentException("'" + name(store, code) + "' is a group, not a codable code");
        }
        this.document = document;
        this.code = code;
        this.start = start;
        this.end = end;
        this.coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(end);
    }

    /** The coding that covers the range: the new one, or the existing one it was joined into. */
    public Coding coding() {
        return merge == null ? coding : merge.kept();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        Coder coder = store.currentCoder();
        List<Coding> joining = CodingMerge.joining(document, code, coder, start, end, null);
        if (joining.isEmpty()) {
            if (coding.getCreated() == null) {
                coding.setCreated(new Date());
            }
            coding.setCoder(coder);
            store.insertCoding(coding, document);
            merge = null;
            return;
        }
        CodingMerge planned = CodingMerge.into(joining.get(0), joining.subList(1, joining.size()), start, end);
        planned.apply(store);
        merge = planned; // kept only once it has landed
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        if (merge == null) {
            store.removeCoding(coding);
        } else {
            merge.undo(store);
        }
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        if (merge == null) {
            store.insertCoding(coding, document);
        } else {
            merge.apply(store);
        }
    }
}
