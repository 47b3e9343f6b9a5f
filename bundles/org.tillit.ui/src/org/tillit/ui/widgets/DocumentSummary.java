package org.tillit.ui.widgets;

import java.text.NumberFormat;
import java.util.List;

import org.tillit.model.Document;
import org.tillit.model.Turn;

/** One line about a document: "Word (docx) · 82 885 characters · 1 204 lines · speakers I1, K". */
public final class DocumentSummary {

    private DocumentSummary() {
    }

    public static String of(Document document) {
        NumberFormat count = NumberFormat.getIntegerInstance();
        StringBuilder summary = new StringBuilder(FormatLabels.of(document.getFormat()))
                .append("  ·  ").append(count.format(document.getLength())).append(" characters")
                .append("  ·  ").append(count.format(document.getLineStarts().size())).append(" lines");
        List<String> speakers = document.getTurns().stream().map(Turn::getSpeaker).distinct().toList();
        if (!speakers.isEmpty()) {
            summary.append("  ·  speakers ").append(String.join(", ", speakers));
        }
        return summary.toString();
    }
}
