package org.tillit.ui.coding;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.model.coding.CodingSpan;
import org.tillit.ui.l10n.Messages;

/** What a hover says about a coding: its code's path, who coded it and when, and its memo. */
final class CodingDescription {

    private CodingDescription() {
    }

    static String of(CodingSpan span, Language language) {
        Coding coding = span.coding();
        StringBuilder text = new StringBuilder(String.join(" / ", CodeTree.path(span.code(), language)));
        Coder coder = coding.getCoder();
        String who = coder == null || coder.getName() == null ? Messages.Coding_unknownCoder : coder.getName();
        Date created = coding.getCreated();
        String when = created == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(created);
        text.append('\n').append(NLS.bind(Messages.Coding_codedBy, who, when));
        String memo = coding.getMemo();
        if (memo != null && !memo.isBlank()) {
            text.append('\n').append(NLS.bind(Messages.Coding_memo, memo.strip()));
        }
        return text.toString();
    }

    static String of(List<CodingSpan> spans, Language language) {
        StringBuilder text = new StringBuilder();
        for (CodingSpan span : spans) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(of(span, language));
        }
        return text.toString();
    }
}
