package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Merges one code into another: its codings and sub-codes move to the target, it joins the
 * target's place in its code sets, and then it is deleted. Undo separates them again.
 */
public final class MergeCodesCommand extends UndoableProjectCommand {

    private final Code source;
    private final Code target;
    private final Code sourceParent;
    private final int sourceIndex;
    private final List<Coding> movedCodings = new ArrayList<>();
    private final List<Code> movedChildren = new ArrayList<>();
    private final List<MergedMembership> memberships = new ArrayList<>();

    /** The source's place in a set, and whether the merge put the target there. */
    private record MergedMembership(CodeSet set, int index, boolean targetAdded) {
    }

    public MergeCodesCommand(ProjectStore store, Code source, Code target) {
        super(store, "Merge '" + name(store, source) + "' into '" + name(store, target) + "'");
        if (source == target || CodeTree.subtree(source).contains(target)) {
            throw new IllegalArgumentException("a code cannot be merged into itself or its own sub-code");
        }
        this.source = source;
        this.target = target;
        this.sourceParent = source.getParent();
        this.sourceIndex = CodeTree.indexOf(store, source);
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        movedCodings.clear();
        movedChildren.clear();
        memberships.clear();
        for (Coding coding : store.codingsOf(source)) {
            coding.setCode(target);
            store.saveCoding(coding);
            movedCodings.add(coding);
        }
        for (Code child : new ArrayList<>(source.getChildren())) {
            store.moveCode(child, target, target.getChildren().size());
            movedChildren.add(child);
        }
        for (CodeSet set : store.codebook().getSets()) {
            int at = set.getMembers().indexOf(source);
            if (at >= 0) {
                boolean addTarget = !set.getMembers().contains(target);
                memberships.add(new MergedMembership(set, at, addTarget));
                if (addTarget) {
                    set.getMembers().add(at, target);
                    store.saveSetMembers(set);
                }
            }
        }
        store.removeCode(source);
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.insertCode(source, sourceParent, sourceIndex);
        for (Code child : movedChildren) {
            store.moveCode(child, source, source.getChildren().size());
        }
        for (Coding coding : movedCodings) {
            coding.setCode(source);
            store.saveCoding(coding);
        }
        for (MergedMembership membership : memberships) {
            CodeSet set = membership.set();
            if (membership.targetAdded()) {
                set.getMembers().remove(target);
            }
            set.getMembers().add(Math.min(membership.index(), set.getMembers().size()), source);
            store.saveSetMembers(set);
        }
    }
}
