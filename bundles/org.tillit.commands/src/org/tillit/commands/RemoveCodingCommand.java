package org.tillit.commands;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Removes one coding; undo puts the same coding (guid, coder, time, memo) back. */
public final class RemoveCodingCommand extends UndoableProjectCommand {

    private final Coding coding;
    private final Document document;

    public RemoveCodingCommand(ProjectStore store, Coding coding) {
        super(store, NLS.bind(Messages.RemoveCoding, name(store, coding.getCode())));
        this.coding = coding;
        this.document = coding.getDocument();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.removeCoding(coding);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.insertCoding(coding, document);
    }
}
