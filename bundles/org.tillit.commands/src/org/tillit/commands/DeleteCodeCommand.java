package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Deletes a code with its sub-codes and all their codings. Undo brings back all of it: the codes
 * in their place, every coding, and the code's places in code sets. Each way is one transaction.
 */
public final class DeleteCodeCommand extends UndoableProjectCommand {

    private final Code code;
    private final Code parent;
    private final int index;
    private List<PlacedCoding> codings = List.of();
    private List<SetContents> setsBefore = List.of();

    /** A set's members as they were before the deletion. */
    private record SetContents(CodeSet set, List<Code> members) {
    }

    public DeleteCodeCommand(ProjectStore store, Code code) {
        super(store, NLS.bind(Messages.DeleteCode, name(store, code)));
        this.code = code;
        this.parent = code.getParent();
        this.index = CodeTree.indexOf(code);
    }

    /** How many codings the deletion takes with it (to warn the user before). */
    public int codingCount() {
        return CodeTree.subtree(code).stream().mapToInt(store::codingCount).sum();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        List<Code> subtree = CodeTree.subtree(code);
        List<PlacedCoding> placed = new ArrayList<>();
        for (Code each : subtree) {
            for (Coding coding : store.codingsOf(each)) {
                placed.add(new PlacedCoding(coding, coding.getDocument()));
            }
        }
        List<SetContents> sets = store.codebook().getSets().stream()
                .filter(s -> s.getMembers().stream().anyMatch(subtree::contains))
                .map(s -> new SetContents(s, List.copyOf(s.getMembers()))).toList();
        store.deleteCodeWithCodings(code);
        codings = placed;
        setsBefore = sets;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.restoreCodeWithCodings(code, parent, index, codings);
        for (SetContents set : setsBefore) {
            store.setMembers(set.set(), set.members());
        }
    }
}
