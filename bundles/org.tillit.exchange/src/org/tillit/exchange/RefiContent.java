package org.tillit.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.ReadSource;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.exchange.reading.RefiRecords.Code;

/**
 * A REFI-QDA project or codebook as read, before anything touches the open project: the records,
 * the text sources with their texts and placed codings, and what will not be carried.
 *
 * @param fileName the file it was read from (for the project memo and messages)
 * @param project what the file says
 * @param sources the text sources that have a text
 * @param codeMemos the memo of each code (the texts of its notes) by its GUID
 * @param projectMemo the project's description and notes nobody referred to, or null
 * @param report what the file holds that the import leaves behind
 */
public record RefiContent(String fileName, RefiRecords.Project project, List<ReadSource> sources,
        Map<String, String> codeMemos, String projectMemo, DataLossReport report) {

    public RefiContent {
        sources = List.copyOf(sources);
        codeMemos = Map.copyOf(codeMemos);
    }

    /** Every code of the codebook, parents before their children. */
    public List<Code> allCodes() {
        return allCodes(project);
    }

    /** Every code of the project's codebook, parents before their children. */
    public static List<Code> allCodes(RefiRecords.Project project) {
        List<Code> all = new ArrayList<>();
        add(project.codes(), all);
        return all;
    }

    private static void add(List<Code> codes, List<Code> into) {
        for (Code code : codes) {
            into.add(code);
            add(code.children(), into);
        }
    }

    /** What the file brings, in a line: all of it is added when it becomes a new project. */
    public String summary() {
        return NLS.bind(Messages.NewProject_summary, new Object[] { sources.size(), allCodes().size(), codingCount(),
                project.cases().size(), project.variables().size(), project.userNames().size() });
    }

    /** How many codings the sources bring (those placed in their texts). */
    public int codingCount() {
        return sources.stream().mapToInt(s -> s.codings().size()).sum();
    }
}
