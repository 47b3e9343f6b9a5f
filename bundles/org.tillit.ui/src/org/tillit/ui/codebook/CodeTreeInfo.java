package org.tillit.ui.codebook;

import org.tillit.model.Code;

/** Facts about a code's place in the tree, for messages. */
final class CodeTreeInfo {

    private CodeTreeInfo() {
    }

    static int descendants(Code code) {
        int count = 0;
        for (Code child : code.getChildren()) {
            count += 1 + descendants(child);
        }
        return count;
    }
}
