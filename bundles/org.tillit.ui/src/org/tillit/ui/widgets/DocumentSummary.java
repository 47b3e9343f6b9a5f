package org.tillit.ui.widgets;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.Document;
import org.tillit.model.Turn;
import org.tillit.model.documents.FormatLabels;
import org.tillit.ui.l10n.Messages;

/** One line about a document: "Word (docx) · 82 885 characters · 1 204 lines · speakers I1, K". */
public final class DocumentSummary {

    private DocumentSummary() {
    }

    public static String of(Document document) {
        NumberFormat count = NumberFormat.getIntegerInstance();
        StringBuilder summary = new StringBuilder(FormatLabels.of(document.getFormat()))
                .append("  ·  ").append(NLS.bind(Messages.Summary_characters, count.format(document.getLength())))
                .append("  ·  ").append(NLS.bind(Messages.Summary_lines, count.format(document.getLineStarts().size())));
        List<String> speakers = document.getTurns().stream().map(Turn::getSpeaker).distinct().toList();
        if (!speakers.isEmpty()) {
            summary.append("  ·  ").append(NLS.bind(Messages.Summary_speakers, String.join(", ", speakers)));
        }
        return summary.toString();
    }
}
