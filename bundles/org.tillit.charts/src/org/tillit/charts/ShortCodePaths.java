package org.tillit.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code paths shortened for a chart's category labels: the code's own label, with as many parent
 * labels in front as it takes to tell codes apart ("Stöd/Resurser" and "Ledning/Resurser"), cut
 * with an ellipsis when still too long. The full path goes into the tooltip.
 */
public final class ShortCodePaths {

    /** Characters a label may take before it is cut: about a third of a chart's width at 12 pt. */
    static final int MAX_LENGTH = 28;
    private static final String SEPARATOR = "/";
    private static final String ELLIPSIS = "…";

    private ShortCodePaths() {
    }

    /** The short labels, in the order of the paths; equal paths get equal labels. */
    public static List<String> of(List<String> paths) {
        List<String[]> parts = paths.stream().map(p -> p.split(SEPARATOR)).toList();
        int[] depth = new int[paths.size()];
        Arrays.fill(depth, 1);
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Integer>> byLabel = new HashMap<>();
            for (int i = 0; i < parts.size(); i++) {
                byLabel.computeIfAbsent(tail(parts.get(i), depth[i]), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> same : byLabel.values()) {
                if (same.stream().map(paths::get).distinct().count() > 1) {
                    for (int i : same) {
                        if (depth[i] < parts.get(i).length) {
                            depth[i]++;
                            changed = true;
                        }
                    }
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            labels.add(cut(tail(parts.get(i), depth[i])));
        }
        return labels;
    }

    private static String tail(String[] parts, int depth) {
        int from = Math.max(0, parts.length - depth);
        return String.join(SEPARATOR, Arrays.asList(parts).subList(from, parts.length));
    }

    /**
     * A label too long: parents in front give way first ("…g/Stöd"); a code's own label that is
     * itself too long keeps its beginning, which is where such labels say what they are about.
     */
    private static String cut(String label) {
        if (label.length() <= MAX_LENGTH) {
            return label;
        }
        String own = label.substring(label.lastIndexOf(SEPARATOR) + 1);
        return own.length() >= MAX_LENGTH ? own.substring(0, MAX_LENGTH - 1) + ELLIPSIS
                : ELLIPSIS + label.substring(label.length() - (MAX_LENGTH - 1));
    }
}
