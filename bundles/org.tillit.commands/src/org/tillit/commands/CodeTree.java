package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;

import org.tillit.model.Code;
import org.tillit.store.ProjectStore;

/** Where a code stands in the tree. */
final class CodeTree {

    private CodeTree() {
    }

    static int indexOf(ProjectStore store, Code code) {
        List<Code> siblings = code.getParent() == null ? store.codebook().getCodes() : code.getParent().getChildren();
        return siblings.indexOf(code);
    }

    /** The code and every code below it, parents before children. */
    static List<Code> subtree(Code code) {
        List<Code> all = new ArrayList<>();
        all.add(code);
        code.eAllContents().forEachRemaining(o -> all.add((Code) o));
        return all;
    }
}
