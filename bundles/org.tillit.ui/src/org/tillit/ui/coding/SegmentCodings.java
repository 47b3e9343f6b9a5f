package org.tillit.ui.coding;

import java.util.Optional;

import org.tillit.model.Coding;
import org.tillit.query.Segment;
import org.tillit.store.ProjectStore;

/** The live coding behind a retrieved segment, for opening it in its editor; empty when it is gone. */
public final class SegmentCodings {

    private SegmentCodings() {
    }

    public static Optional<Coding> of(ProjectStore store, Segment segment) {
        return store.read(p -> p.getDocuments().stream().filter(d -> d.getGuid().equals(segment.documentGuid()))
                .flatMap(d -> d.getCodings().stream()).filter(c -> c.getGuid().equals(segment.codingGuid())).findFirst());
    }
}
