package org.tillit.commands;

import org.eclipse.emf.common.command.AbstractCommand;
import org.tillit.model.Code;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.StoreWork;

/**
 * A change to a project that can be undone and redone, on EMF's command framework. Subclasses
 * say what to do through the store. Execute, undo and redo each run as one unit of work
 * ({@link ProjectStore#inOneTransaction}): all of their store calls land, or none does and model
 * and database are as before. A store failure surfaces as {@link CommandFailedException}.
 */
public abstract class UndoableProjectCommand extends AbstractCommand {

    protected final ProjectStore store;

    protected UndoableProjectCommand(ProjectStore store, String label) {
        super(label);
        this.store = store;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public final void execute() {
        run(this::doExecute);
    }

    @Override
    public final void undo() {
        run(this::doUndo);
    }

    @Override
    public final void redo() {
        run(this::doRedo);
    }

    protected abstract void doExecute() throws ProjectStoreException;

    protected abstract void doUndo() throws ProjectStoreException;

    /** Most commands redo by executing again on the objects they kept. */
    protected void doRedo() throws ProjectStoreException {
        doExecute();
    }

    private void run(StoreWork work) {
        try {
            store.inOneTransaction(getLabel(), work);
        } catch (ProjectStoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }

    /** A code's name as the user sees it in labels such as "Apply code 'Stöd'". */
    protected static String name(ProjectStore store, Code code) {
        return Labels.label(code, Language.fromTag(store.project().getLanguage()));
    }
}
