package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.ProjectCommandStack.AlreadyExecuted;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * The documents one import brought in. The import itself runs in a background job; this command
 * records it afterwards, so Undo removes those documents and Redo brings them back.
 */
public final class ImportDocumentsCommand extends UndoableProjectCommand implements AlreadyExecuted {

    private final List<DeleteDocumentCommand> deletions = new ArrayList<>();
    private boolean done;

    public ImportDocumentsCommand(ProjectStore store, List<Document> imported) {
        super(store, imported.size() == 1 ? NLS.bind(Messages.ImportDocument, imported.get(0).getName())
                : NLS.bind(Messages.ImportDocuments, imported.size()));
        for (Document document : imported) {
            deletions.add(new DeleteDocumentCommand(store, document));
        }
    }

    @Override
    public void markDone() {
        done = true;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        if (!done) {
            throw new IllegalStateException("an import is recorded after it ran, through pushExecuted");
        }
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        for (int i = deletions.size() - 1; i >= 0; i--) {
            deletions.get(i).doExecute();
        }
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        for (DeleteDocumentCommand deletion : deletions) {
            deletion.doUndo();
        }
    }
}
