package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Deletes a code with its sub-codes and all their codings. Undo brings back all of it: the codes
 * in their place, every coding, and the code's places in code sets.
 */
public final class DeleteCodeCommand extends UndoableProjectCommand {

    private final Code code;
    private final Code parent;
    private final int index;
    private final List<PlacedCoding> codings = new ArrayList<>();
    private final List<SetMembership> memberships = new ArrayList<>();

    public DeleteCodeCommand(ProjectStore store, Code code) {
        super(store, "Delete code '" + name(store, code) + "'");
        this.code = code;
        this.parent = code.getParent();
        this.index = CodeTree.indexOf(store, code);
    }

    /** How many codings the deletion takes with it (to warn the user before). */
    public int codingCount() {
        return CodeTree.subtree(code).stream().mapToInt(c -> store.codingsOf(c).size()).sum();
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        codings.clear();
        memberships.clear();
        List<Code> subtree = CodeTree.subtree(code);
        for (Code each : subtree) {
            for (Coding coding : store.codingsOf(each)) {
                codings.add(new PlacedCoding(coding, coding.getDocument()));
            }
            for (CodeSet set : store.codebook().getSets()) {
                int at = set.getMembers().indexOf(each);
                if (at >= 0) {
                    memberships.add(new SetMembership(set, each, at));
                }
            }
        }
        for (PlacedCoding placed : codings) {
            store.removeCoding(placed.coding());
        }
        store.removeCode(code);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.insertCode(code, parent, index);
        for (PlacedCoding placed : codings) {
            store.insertCoding(placed.coding(), placed.document());
        }
        for (SetMembership membership : memberships) {
            membership.set().getMembers().add(Math.min(membership.index(), membership.set().getMembers().size()),
                    membership.code());
            store.saveSetMembers(membership.set());
        }
    }
}
