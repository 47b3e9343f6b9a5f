package org.tillit.commands;

import java.util.List;

import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextEdit;
import org.tillit.store.TextEdit.MovedCoding;

/**
 * Takes a text edit back exactly: the old text in place of the replacement, then every coding the
 * edit moved at its old range (the reverse edit already puts back all but the clipped ones) and
 * every coding it removed back with its guid, coder, time and memo.
 */
final class TextEditUndo {

    private TextEditUndo() {
    }

    static void undo(ProjectStore store, TextEdit edit) throws ProjectStoreException {
        TextEdit reverse = store.replaceText(edit.document(), edit.start(), edit.replacementEnd(), edit.replaced());
        if (!reverse.removedCodings().isEmpty()) {
            // Cannot happen: after the edit no coding lies inside the replacement alone.
            throw new IllegalStateException("taking the edit back would remove codings");
        }
        for (MovedCoding moved : edit.movedCodings()) {
            if (moved.coding().getStart() != moved.oldStart() || moved.coding().getEnd() != moved.oldEnd()) {
                store.changeRange(moved.coding(), moved.oldStart(), moved.oldEnd());
            }
        }
        List<PlacedCoding> removed = edit.removedCodings().stream()
                .map(r -> new PlacedCoding(r.coding(), edit.document())).toList();
        if (!removed.isEmpty()) {
            store.insertCodings(removed);
        }
    }
}
