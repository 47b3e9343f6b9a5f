package org.tillit.ui.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tillit.export.ExportArguments;
import org.tillit.export.Provenance;

/**
 * What a view offers to export: a result already computed, what the dialog calls it, which formats
 * make sense for it, whether its quotes are cited (and pseudonymised) or it is a quote report, the
 * question that made it (for the provenance), whether a chart of it can go with it, and how it is written.
 *
 * @param title    what is exported, as the dialog and the document's title say it
 * @param fileStem the name the file is offered under
 * @param query    the question that made the result, as readable fields, in the order the view asks it
 * @param replay   the same question as the command line asks it, so {@code export --replay} can make
 *                 the file again; null when it cannot (rows picked by hand)
 * @param charted  whether the export can carry the comparison's chart as a picture
 */
public record ExportSource(String title, Kind kind, List<ExportFormat> formats, String fileStem,
        Map<String, String> query, ExportArguments replay, boolean charted, Writer writer) {

    /** Tables only; segments with citations and pseudonyms; a quote report with its options too. */
    public enum Kind {
        TABLES, SEGMENTS, QUOTES;

        public boolean cites() {
            return this != TABLES;
        }
    }

    /** Writes the result off the UI thread; reads the store only through its lock. */
    @FunctionalInterface
    public interface Writer {
        ExportOutcome write(ExportRequest request, Provenance provenance);
    }

    public ExportSource {
        formats = List.copyOf(formats);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }
}
