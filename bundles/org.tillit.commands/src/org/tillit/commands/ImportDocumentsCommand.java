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
 * The documents one import brought in. The import itself runs in a background job. The workbench
 * puts this command on the stack when the import starts ({@link #running}), so that changes made
 * while it runs sit above it, and completes it when the job ends ({@link #finish}); until then it
 * cannot be undone. Undo removes those documents and Redo brings them back, each in one transaction.
 */
public final class ImportDocumentsCommand extends UndoableProjectCommand implements AlreadyExecuted {

    private final List<DeleteDocumentCommand> deletions = new ArrayList<>();
    private boolean done;
    private boolean running;

    /** An import that has ended, with the documents it brought in. */
    public ImportDocumentsCommand(ProjectStore store, List<Document> imported) {
        super(store, label(imported));
        finish(imported);
    }

    private ImportDocumentsCommand(ProjectStore store) {
        super(store, Messages.ImportRunning);
        running = true;
    }

    /** An import that has just started; {@link #finish} says what it brought in. */
    public static ImportDocumentsCommand running(ProjectStore store) {
        return new ImportDocumentsCommand(store);
    }

    /** The import has ended: these are the documents it stored. */
    void finish(List<Document> imported) {
        deletions.clear();
        for (Document document : imported) {
            deletions.add(new DeleteDocumentCommand(store, document));
        }
        setLabel(label(imported));
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    /** Whether it brought in nothing (a finished import that can leave the stack). */
    boolean isEmpty() {
        return !running && deletions.isEmpty();
    }

    private static String label(List<Document> imported) {
        return imported.size() == 1 ? NLS.bind(Messages.ImportDocument, imported.get(0).getName())
                : NLS.bind(Messages.ImportDocuments, imported.size());
    }

    @Override
    public boolean canUndo() {
        return !running;
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
