package org.tillit.export;

import java.util.List;

/**
 * What a quote report holds, ready to write: under its title, a section per code (its path, and
 * its definition and memo when asked), in it a section per group with the group's counts, and the
 * group's quotes, each with its citation and, when asked, the interviewer's question before it.
 * Names are already replaced by pseudonyms here, so every writer writes the same text.
 */
public record QuoteReportContent(String title, List<CodeSection> codes, int replacements) {

    public QuoteReportContent {
        codes = List.copyOf(codes);
    }

    public record CodeSection(String codePath, String definition, String memo, List<GroupSection> groups) {
        public CodeSection {
            groups = List.copyOf(groups);
        }
    }

    /** A group's quotes; {@code casesWithCode} of its {@code groupCases} cases have the code. */
    public record GroupSection(String group, int groupCases, int casesWithCode, int segments, List<Quote> quotes) {
        public GroupSection {
            quotes = List.copyOf(quotes);
        }
    }

    /** A quote, its citation, and the question it answers (null when not asked for or none). */
    public record Quote(String text, String citation, String question) {

        /** Quotes this long are set apart as block quotes, as style guides (APA: 40 words) want. */
        public static final int BLOCK_QUOTE_WORDS = 40;

        public boolean isLong() {
            String stripped = text.strip();
            return !stripped.isEmpty() && stripped.split("\\s+").length >= BLOCK_QUOTE_WORDS;
        }
    }
}
