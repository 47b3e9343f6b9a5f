package org.tillit.exchange;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;

/**
 * What a REFI-QDA import did not carry into the project: each kind of element or attribute with
 * how often it occurred and up to three examples, and the codings refused for their range. Shown
 * in the import dialog and the command line, and kept, dated, in the project memo.
 */
public record DataLossReport(List<Entry> entries) {

    /** The most examples one entry keeps. */
    public static final int EXAMPLES = 3;

    /**
     * @param what what was not carried, for the user (in the running language)
     * @param count how often
     * @param examples up to {@link #EXAMPLES} of them (names, GUIDs or ranges)
     */
    public record Entry(String what, int count, List<String> examples) {
        public Entry {
            examples = List.copyOf(examples);
        }
    }

    public DataLossReport {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entry about this, if there is one. */
    public Optional<Entry> entry(String what) {
        return entries.stream().filter(e -> e.what().equals(what)).findFirst();
    }

    /** The report as lines of text: a heading, then one line per entry. */
    public String text() {
        StringBuilder text = new StringBuilder(isEmpty() ? Messages.Report_nothingLost : Messages.Report_heading);
        for (Entry entry : entries) {
            text.append('\n').append(entry.examples().isEmpty()
                    ? NLS.bind(Messages.Report_line, entry.count(), entry.what())
                    : NLS.bind(Messages.Report_lineWithExamples,
                            new Object[] { entry.count(), entry.what(), String.join(", ", entry.examples()) }));
        }
        return text.toString();
    }
}
