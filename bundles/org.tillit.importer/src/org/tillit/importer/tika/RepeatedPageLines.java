package org.tillit.importer.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out page headers and footers: lines that open or close most pages ("Intervju 3 – sida
 * 2", "Sida 4 av 12", a running title) are furniture of the page, not what was said. Digits are
 * ignored when lines are compared, so page numbers match. A line in the body of a page, or one
 * that opens only a few pages, always stays.
 */
public final class RepeatedPageLines {

    /** Fewer pages say too little about what repeats. */
    static final int MIN_PAGES = 3;
    /** Share of pages a line must open or close to count as a header or footer. */
    static final double MIN_SHARE = 0.6;
    /** Headers and footers are at most this many lines deep (a title over a page number). */
    private static final int MAX_DEPTH = 2;

    private RepeatedPageLines() {
    }

    /** The pages without their headers and footers; with fewer than three pages, as they are. */
    public static List<String> remove(List<String> pages) {
        if (pages.size() < MIN_PAGES) {
            return pages;
        }
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            lines.add(List.of(page.split("\n", -1)));
        }
        int needed = (int) Math.ceil(MIN_SHARE * pages.size());
        Set<String> headers = repeated(lines, true, needed);
        Set<String> footers = repeated(lines, false, needed);
        List<String> result = new ArrayList<>();
        for (List<String> page : lines) {
            result.add(String.join("\n", trim(page, headers, footers)));
        }
        return result;
    }

    /** Keys of the lines among the first (or last) few non-empty ones on at least {@code needed} pages. */
    private static Set<String> repeated(List<List<String>> pages, boolean top, int needed) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int index : edgeLines(page, top)) {
                seen.add(key(page.get(index)));
            }
            seen.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        Set<String> repeated = new HashSet<>();
        pagesWith.forEach((key, count) -> {
            if (count >= needed) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    /** Indexes of the first (or last) MAX_DEPTH non-empty lines, from the edge inwards. */
    private static List<Integer> edgeLines(List<String> page, boolean top) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < page.size() && indexes.size() < MAX_DEPTH; i++) {
            int index = top ? i : page.size() - 1 - i;
            if (!page.get(index).isBlank()) {
                indexes.add(index);
            }
        }
        return indexes;
    }

    /** Drops header lines from the top and footer lines from the bottom, each until a line is not one. */
    private static List<String> trim(List<String> page, Set<String> headers, Set<String> footers) {
        Set<Integer> dropped = new HashSet<>();
        for (int index : edgeLines(page, true)) {
            if (!headers.contains(key(page.get(index)))) {
                break;
            }
            dropped.add(index);
        }
        for (int index : edgeLines(page, false)) {
            if (!footers.contains(key(page.get(index)))) {
                break;
            }
            dropped.add(index);
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(page.get(i));
            }
        }
        return kept;
    }

    /** The line as compared: trimmed, blanks collapsed, every run of digits the same. */
    static String key(String line) {
        StringBuilder key = new StringBuilder(line.length());
        boolean blankBefore = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blankBefore = true;
                continue;
            }
            if (blankBefore && key.length() > 0) {
                key.append(' ');
            }
            blankBefore = false;
            boolean digit = Character.isDigit(c);
            if (!digit) {
                key.append(c);
            } else if (key.length() == 0 || key.charAt(key.length() - 1) != '#') {
                key.append('#');
            }
        }
        return key.toString();
    }
}
