package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.commands.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coding;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Merges one code into another: its codings and sub-codes move to the target, it joins the
 * target's place in its code sets, and then it is deleted. Undo separates them again. Each way is
 * one transaction, however many codings move.
 */
public final class MergeCodesCommand extends UndoableProjectCommand {

    private final Code source;
    private final Code target;
    private final Code sourceParent;
    private final int sourceIndex;
    private List<Coding> movedCodings = List.of();
    private List<Code> movedChildren = List.of();
    private List<SetContents> setsBefore = List.of();

    public MergeCodesCommand(ProjectStore store, Code source, Code target) {
        super(store, NLS.bind(Messages.MergeCodes, name(store, source), name(store, target)));
        if (source == target || CodeTree.subtree(source).contains(target)) {
            throw new IllegalArgumentException("a code cannot be merged into itself or its own sub-code");
        }
        this.source = source;
        this.target = target;
        this.sourceParent = source.getParent();
        this.sourceIndex = CodeTree.indexOf(source);
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        List<Coding> codings = store.codingsOf(source);
        List<Code> children = List.copyOf(source.getChildren());
        List<SetContents> sets = SetContents.holding(store, source);
        for (Code child : children) {
            store.moveCode(child, target, target.getChildren().size());
        }
        for (SetContents set : sets) {
            store.setMembers(set.set(), set.replacing(source, target));
        }
        store.mergeCode(source, target);
        // Kept only once all of it has landed: a failed execute or redo leaves the last state.
        movedCodings = codings;
        movedChildren = children;
        setsBefore = sets;
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        store.unmergeCode(source, sourceParent, sourceIndex, movedCodings);
        for (Code child : movedChildren) {
            store.moveCode(child, source, source.getChildren().size());
        }
        for (SetContents set : setsBefore) {
            store.setMembers(set.set(), set.members());
        }
    }

    /** A set's members as they were before the merge. */
    private record SetContents(CodeSet set, List<Code> members) {

        static List<SetContents> holding(ProjectStore store, Code code) {
            return store.codebook().getSets().stream().filter(s -> s.getMembers().contains(code))
                    .map(s -> new SetContents(s, List.copyOf(s.getMembers()))).toList();
        }

        /** The members with the target in the source's place (once, if it was there already). */
        List<Code> replacing(Code source, Code target) {
            List<Code> merged = new ArrayList<>(members);
            int at = merged.indexOf(source);
            if (merged.contains(target)) {
                merged.remove(at);
            } else {
                merged.set(at, target);
            }
            return merged;
        }
    }
}
