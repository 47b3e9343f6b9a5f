package org.tillit.model.codebook;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.tillit.model.Code;
import org.tillit.model.Codebook;

/** Where a code stands in the codebook's tree: its siblings, its place, what is below it. */
public final class CodeTree {

    private CodeTree() {
    }

    /** The codes directly under a parent; with a null parent, the codebook's top-level codes. */
    public static EList<Code> children(Codebook codebook, Code parent) {
        return parent == null ? codebook.getCodes() : parent.getChildren();
    }

    /** The list the code is in (itself included): its parent's children or the top-level codes. */
    public static EList<Code> siblings(Code code) {
        if (code.getParent() != null) {
            return code.getParent().getChildren();
        }
        if (code.eContainer() instanceof Codebook codebook) {
            return codebook.getCodes();
        }
        throw new IllegalArgumentException("the code " + code.getGuid() + " is in no codebook");
    }

    /** The code's place among its siblings, from 0. */
    public static int indexOf(Code code) {
        return siblings(code).indexOf(code);
    }

    /** The code and every code below it, parents before children. */
    public static List<Code> subtree(Code code) {
        List<Code> all = new ArrayList<>();
        all.add(code);
        code.eAllContents().forEachRemaining(o -> all.add((Code) o));
        return all;
    }

    /** How many codes are below the code, at any depth. */
    public static int descendants(Code code) {
        return subtree(code).size() - 1;
    }

    /** Every code of the codebook, parents before children, in tree order. */
    public static List<Code> allCodes(Codebook codebook) {
        List<Code> all = new ArrayList<>();
        codebook.getCodes().forEach(top -> all.addAll(subtree(top)));
        return all;
    }

    /** Whether the code is the ancestor or below it (a code is inside itself). */
    public static boolean isInside(Code code, Code ancestor) {
        for (Code c = code; c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The labels from the top-level code down to the code, e.g. [Principer, Tillit]. */
    public static List<String> path(Code code, Language language) {
        List<String> labels = new ArrayList<>();
        for (Code c = code; c != null; c = c.getParent()) {
            labels.add(0, Labels.label(c, language));
        }
        return labels;
    }
}
