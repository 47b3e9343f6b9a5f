package org.tillit.commands;

import java.util.Date;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Codes a range of a document (code points, end exclusive) with a code, as the current coder. */
public final class ApplyCodeCommand extends UndoableProjectCommand {

    private final Document document;
    private final Coding coding;

    public ApplyCodeCommand(ProjectStore store, Document document, Code code, int start, int end) {
        super(store, NLS.bind(Messages.ApplyCode, name(store, code)));
        if (!code.isCodable()) {
            throw new IllegalArgumentException("'" + name(store, code) + "' is a group, not a codable code");
        }
        this.document = document;
        this.coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(start);
        coding.setEnd(end);
    }

    public Coding coding() {
        return coding;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        if (coding.getCreated() == null) {
            coding.setCreated(new Date());
            coding.setCoder(store.currentCoder());
        }
        store.insertCoding(coding, document);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.removeCoding(coding);
    }
}
