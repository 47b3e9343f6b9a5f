package org.tillit.commands;

import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.TillitFactory;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Adds a new code under a parent (or at the top level) at a position. */
public final class AddCodeCommand extends UndoableProjectCommand {

    private final Code parent;
    private final int index;
    private final Code code;

    public AddCodeCommand(ProjectStore store, Code parent, int index, String labelSv, String labelEn, String color) {
        super(store, NLS.bind(Messages.AddCode, labelSv));
        this.parent = parent;
        this.index = index;
        this.code = TillitFactory.eINSTANCE.createCode();
        code.setGuid(UUID.randomUUID().toString());
        code.setLabelSv(labelSv);
        code.setLabelEn(labelEn);
        code.setColor(color);
        code.setCodable(true);
    }

    /** The code this command adds (the same object across undo and redo). */
    public Code code() {
        return code;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.insertCode(code, parent, index);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.removeCode(code);
    }
}
