package org.tillit.ui.coding;

import java.util.List;

import org.tillit.model.coding.CodingSpan;

/**
 * Whose codings a coding editor shows: every coder's in one group of lanes, one coder's, or two
 * coders' side by side, each in a group of lanes of its own (to see where a colleague coded
 * differently). Coders are known by name, as codings record them.
 */
public record CoderDisplay(List<String> coders) {

    public static final CoderDisplay ALL = new CoderDisplay(List.of());

    /** Two coders are apart, side by side; any other number share one group of lanes. */
    public CoderDisplay {
        coders = List.copyOf(coders);
    }

    public static CoderDisplay only(String coder) {
        return new CoderDisplay(List.of(coder));
    }

    public static CoderDisplay sideBySide(String first, String second) {
        return new CoderDisplay(List.of(first, second));
    }

    /** Whether the coding is shown at all. */
    public boolean keeps(CodingSpan span) {
        return coders.isEmpty() || coders.contains(span.coder());
    }

    public boolean isSideBySide() {
        return coders.size() == 2;
    }
}
