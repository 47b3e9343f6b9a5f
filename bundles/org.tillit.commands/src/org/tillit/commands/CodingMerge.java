package org.tillit.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tillit.model.Code;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.CodingOrder;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Codings of one code by one coder that overlap or touch become one: the kept coding grows to
 * cover them all, the others are removed (their memos joined into the kept one's), and undo puts
 * everything back as it was. A researcher who codes a passage twice means the passage once.
 */
final class CodingMerge {

    private final Coding kept;
    private final int oldStart;
    private final int oldEnd;
    private final int newStart;
    private final int newEnd;
    private final List<PlacedCoding> absorbed;
    private final String oldMemo;
    private final String newMemo;

    private CodingMerge(Coding kept, int newStart, int newEnd, List<Coding> absorbed) {
        this.kept = kept;
        this.oldStart = kept.getStart();
        this.oldEnd = kept.getEnd();
        this.newStart = newStart;
        this.newEnd = newEnd;
        this.absorbed = absorbed.stream().map(c -> new PlacedCoding(c, c.getDocument())).toList();
        this.oldMemo = kept.getMemo();
        List<String> memos = new ArrayList<>();
        List<Coding> all = new ArrayList<>(absorbed);
        all.add(kept);
        all.sort(CodingOrder.IN_TEXT);
        all.stream().map(Coding::getMemo).filter(m -> m != null && !m.isBlank()).forEach(memos::add);
        this.newMemo = memos.isEmpty() ? oldMemo : String.join("\n\n", memos);
    }

    /**
     * The codings of the code by the coder in the document that overlap or touch [start, end),
     * also through each other, in text order; {@code except} (the coding being changed) left out.
     */
    static List<Coding> joining(Document document, Code code, Coder coder, int start, int end, Coding except) {
        List<Coding> candidates = document.getCodings().stream()
                .filter(c -> c != except && c.getCode() == code && c.getCoder() == coder).toList();
        List<Coding> found = new ArrayList<>();
        int from = start;
        int to = end;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Coding c : candidates) {
                if (!found.contains(c) && c.getStart() <= to && c.getEnd() >= from) {
                    found.add(c);
                    from = Math.min(from, c.getStart());
                    to = Math.max(to, c.getEnd());
                    grew = true;
                }
            }
        }
        found.sort(CodingOrder.IN_TEXT);
        return found;
    }

    /** Keeps the coding and joins the others and [start, end) into it. */
    static CodingMerge into(Coding kept, List<Coding> others, int start, int end) {
        int from = Math.min(start, kept.getStart());
        int to = Math.max(end, kept.getEnd());
        for (Coding c : others) {
            from = Math.min(from, c.getStart());
            to = Math.max(to, c.getEnd());
        }
        return new CodingMerge(kept, from, to, others);
    }

    Coding kept() {
        return kept;
    }

    void apply(ProjectStore store) throws ProjectStoreException {
        if (newStart != oldStart || newEnd != oldEnd) {
            store.changeRange(kept, newStart, newEnd);
        }
        if (!absorbed.isEmpty()) {
            store.removeCodings(absorbed.stream().map(PlacedCoding::coding).toList());
        }
        if (!Objects.equals(oldMemo, newMemo)) {
            store.saveMemo(kept, newMemo);
        }
    }

    void undo(ProjectStore store) throws ProjectStoreException {
        if (!Objects.equals(oldMemo, newMemo)) {
            store.saveMemo(kept, oldMemo);
        }
        if (!absorbed.isEmpty()) {
            store.insertCodings(absorbed);
        }
        if (newStart != oldStart || newEnd != oldEnd) {
            store.changeRange(kept, oldStart, oldEnd);
        }
    }
}
