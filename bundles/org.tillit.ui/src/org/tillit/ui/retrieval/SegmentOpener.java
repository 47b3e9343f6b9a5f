package org.tillit.ui.retrieval;

import org.tillit.model.Coding;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;
import org.tillit.ui.coding.CodingEditors;

/** Opens a retrieved segment where it was coded: its document in the coding editor, the coding selected. */
public final class SegmentOpener {

    private SegmentOpener() {
    }

    /** Does nothing when the coding has gone from the project since it was retrieved. */
    public static void open(ProjectStore store, CodingEditors editors, Segment segment) {
        Coding coding = store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(segment.documentGuid()))
                .flatMap(d -> d.getCodings().stream()).filter(c -> c.getGuid().equals(segment.codingGuid())).findFirst()
                .orElse(null));
        if (coding != null) {
            editors.show(coding);
        }
    }
}
