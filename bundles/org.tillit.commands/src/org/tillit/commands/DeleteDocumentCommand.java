package org.tillit.commands;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Deletes a document with its codings and attribute values; undo restores all of it. */
public final class DeleteDocumentCommand extends UndoableProjectCommand {

    private final Document document;
    private String text;
    private int index;
    private List<Case> cases;

    public DeleteDocumentCommand(ProjectStore store, Document document) {
        super(store, NLS.bind(Messages.DeleteDocument, document.getName()));
        this.document = document;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        text = store.text(document);
        index = store.documents().indexOf(document);
        cases = store.casesOf(document);
        store.removeDocument(document);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.insertDocument(document, text, index, cases);
    }
}
