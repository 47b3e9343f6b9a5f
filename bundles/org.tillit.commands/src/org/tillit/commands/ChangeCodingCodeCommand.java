package org.tillit.commands;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Gives one coding another code. If its coder already has codings of that code overlapping or
 * touching it, they join it (as {@link ApplyCodeCommand} joins them), so the coding the user
 * changed stays and covers them all.
 */
public final class ChangeCodingCodeCommand extends UndoableProjectCommand {

    private final Coding coding;
    private final Code oldCode;
    private final Code newCode;
    private CodingMerge merge;

    public ChangeCodingCodeCommand(ProjectStore store, Coding coding, Code newCode) {
        super(store, NLS.bind(Messages.ChangeCodingCode, name(store, newCode)));
        if (!newCode.isCodable()) {
            throw new IllegalArgumentException("'" + name(store, newCode) + "' is a group, not a codable code");
        }
        this.coding = coding;
        this.oldCode = coding.getCode();
        this.newCode = newCode;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        store.recode(List.of(coding), newCode);
        List<Coding> joining = CodingMerge.joining(coding.getDocument(), newCode, coding.getCoder(), coding.getStart(),
                coding.getEnd(), coding);
        CodingMerge planned = null;
        if (!joining.isEmpty()) {
            planned = CodingMerge.into(coding, joining, coding.getStart(), coding.getEnd());
            planned.apply(store);
        }
        merge = planned;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        if (merge != null) {
            merge.undo(store);
        }
        store.recode(List.of(coding), oldCode);
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        store.recode(List.of(coding), newCode);
        if (merge != null) {
            merge.apply(store);
        }
    }
}
