package org.tillit.commands;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.store.CodeFields;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Renames, recolours or redefines a code: sets its fields, and sets the old ones back on undo. */
public final class ChangeCodeCommand extends UndoableProjectCommand {

    private final Code code;
    private final CodeFields before;
    private final CodeFields after;

    private ChangeCodeCommand(ProjectStore store, String label, Code code, CodeFields after) {
        super(store, label);
        this.code = code;
        this.before = CodeFields.of(code);
        this.after = after;
    }

    public static ChangeCodeCommand rename(ProjectStore store, Code code, String labelSv, String labelEn) {
        return new ChangeCodeCommand(store, NLS.bind(Messages.RenameCode, name(store, code), labelSv), code,
                CodeFields.of(code).withLabels(labelSv, labelEn));
    }

    public static ChangeCodeCommand recolour(ProjectStore store, Code code, String color) {
        return new ChangeCodeCommand(store, NLS.bind(Messages.RecolourCode, name(store, code)), code,
                CodeFields.of(code).withColor(color));
    }

    public static ChangeCodeCommand redefine(ProjectStore store, Code code, String definitionSv, String definitionEn) {
        return new ChangeCodeCommand(store, NLS.bind(Messages.RedefineCode, name(store, code)), code,
                CodeFields.of(code).withDefinitions(definitionSv, definitionEn));
    }

    public static ChangeCodeCommand editMemo(ProjectStore store, Code code, String memo) {
        return new ChangeCodeCommand(store, NLS.bind(Messages.EditCodeMemo, name(store, code)), code,
                CodeFields.of(code).withMemo(memo));
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.updateCode(code, after);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.updateCode(code, before);
    }
}
