package org.tillit.exchange;

import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;

/**
 * The project memo after a REFI import: the memo before with the import appended (when, from which
 * file, the file's own memo, what was not carried). A project made for the file takes the file's
 * memo, and the note only when something was not carried, so that exporting it again gives the
 * file's project as it was.
 */
final class ImportMemo {

    private ImportMemo() {
    }

    static String compose(RefiImportPlan plan, String memoBefore, DataLossReport report) {
        StringBuilder memo = new StringBuilder();
        String fileMemo = plan.content().projectMemo();
        String heading = NLS.bind(Messages.Memo_heading, LocalDate.now(), plan.content().fileName());
        if (plan.intoEmptyProject()) {
            append(memo, fileMemo);
            if (!report.isEmpty()) {
                append(memo, heading + '\n' + report.text());
            }
            return memo.toString();
        }
        append(memo, memoBefore);
        append(memo, heading);
        if (fileMemo != null) {
            memo.append('\n').append(fileMemo);
        }
        memo.append('\n').append(report.text());
        return memo.toString();
    }

    /** Appends a paragraph (nothing for none), an empty line from the one before. */
    private static void append(StringBuilder memo, String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return;
        }
        if (memo.length() > 0) {
            memo.append("\n\n");
        }
        memo.append(paragraph);
    }
}
