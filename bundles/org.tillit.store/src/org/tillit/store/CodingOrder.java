package org.tillit.store;

import java.util.Comparator;

import org.tillit.model.Coding;

/** The order of a document's codings, as every store keeps them. */
public final class CodingOrder {

    /** By start, then end, then guid (so that the order is stable). */
    public static final Comparator<Coding> IN_TEXT = Comparator.comparingInt(Coding::getStart)
            .thenComparingInt(Coding::getEnd).thenComparing(Coding::getGuid);

    private CodingOrder() {
    }

    /** Where a coding goes among a document's codings (kept in {@link #IN_TEXT} order). */
    public static int positionFor(java.util.List<Coding> codings, Coding coding) {
        int index = codings.size();
        while (index > 0 && IN_TEXT.compare(codings.get(index - 1), coding) > 0) {
            index--;
        }
        return index;
    }
}
