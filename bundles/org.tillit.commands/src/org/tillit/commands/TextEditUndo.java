package org.tillit.commands;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.TextChange;
import org.tillit.store.TextEdit;
import org.tillit.store.TextEdit.MovedCoding;
import org.tillit.store.TextEdit.RemovedCoding;

/**
 * Takes text edits of one document back exactly: the old texts in place of the replacements, the
 * last edit first (the reverse edits already put back every coding that was only moved), then
 * every coding the edits clipped at its range from before the first of them, and every coding they
 * removed back with its guid, coder, time and memo.
 */
final class TextEditUndo {

    private TextEditUndo() {
    }

    /** Undoes the edits, given in the order they were made. */
    static void undo(ProjectStore store, Document document, List<TextEdit> edits) throws ProjectStoreException {
        if (edits.isEmpty()) {
            return;
        }
        List<TextChange> reverse = new ArrayList<>();
        for (int i = edits.size() - 1; i >= 0; i--) {
            TextEdit edit = edits.get(i);
            reverse.add(new TextChange(edit.start(), edit.replacementEnd(), edit.replaced()));
        }
        for (TextEdit back : store.replaceTexts(document, reverse)) {
            if (!back.removedCodings().isEmpty()) {
                // Cannot happen: after an edit no coding lies inside its replacement alone.
                throw new IllegalStateException("taking the edit back would remove codings");
            }
        }
        Map<Coding, int[]> before = rangesBefore(edits);
        List<PlacedCoding> removed = new ArrayList<>();
        for (Map.Entry<Coding, int[]> entry : before.entrySet()) {
            Coding coding = entry.getKey();
            int[] range = entry.getValue();
            if (coding.getDocument() == null) {
                // Out of the model (not journaled): it goes back in at the range it had.
                coding.setStart(range[0]);
                coding.setEnd(range[1]);
                removed.add(new PlacedCoding(coding, document));
            } else if (coding.getStart() != range[0] || coding.getEnd() != range[1]) {
                store.changeRange(coding, range[0], range[1]);
            }
        }
        if (!removed.isEmpty()) {
            store.insertCodings(removed);
        }
    }

    /** The range each coding the edits moved or removed had before the first of them touched it. */
    private static Map<Coding, int[]> rangesBefore(List<TextEdit> edits) {
        Map<Coding, int[]> before = new IdentityHashMap<>();
        for (TextEdit edit : edits) {
            for (MovedCoding moved : edit.movedCodings()) {
                before.putIfAbsent(moved.coding(), new int[] { moved.oldStart(), moved.oldEnd() });
            }
            for (RemovedCoding removed : edit.removedCodings()) {
                before.putIfAbsent(removed.coding(), new int[] { removed.coding().getStart(), removed.coding().getEnd() });
            }
        }
        return before;
    }
}
