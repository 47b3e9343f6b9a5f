package org.tillit.model.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Places the codings of a document in lanes beside the text, so that codings that overlap sit side
 * by side and never on top of each other: each coding takes the leftmost lane that is free at its
 * start (interval partitioning, which uses as few lanes as the deepest overlap needs). Computed for
 * the whole document, so a coding keeps its lane while the user scrolls.
 */
public final class LaneLayout {

    private final Map<CodingSpan, Integer> lanes;
    private final int laneCount;

    private LaneLayout(Map<CodingSpan, Integer> lanes, int laneCount) {
        this.lanes = lanes;
        this.laneCount = laneCount;
    }

    public static LaneLayout of(CodingIntervals codings) {
        List<CodingSpan> inText = codings.all();
        Map<CodingSpan, Integer> lanes = new HashMap<>(inText.size() * 2);
        // lanes in use, by the end of the coding in them; free lanes, lowest first
        PriorityQueue<int[]> busy = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        int count = 0;
        for (CodingSpan span : inText) {
            while (!busy.isEmpty() && busy.peek()[0] <= span.start()) {
                free.add(busy.poll()[1]);
            }
            int lane = free.isEmpty() ? count++ : free.poll();
            lanes.put(span, lane);
            busy.add(new int[] { span.end(), lane });
        }
        return new LaneLayout(lanes, count);
    }

    /** The lane of a coding, 0 nearest the text; -1 for a coding not in the layout. */
    public int laneOf(CodingSpan span) {
        return lanes.getOrDefault(span, -1);
    }

    public int laneCount() {
        return laneCount;
    }
}
