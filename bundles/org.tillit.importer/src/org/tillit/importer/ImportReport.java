package org.tillit.importer;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.l10n.Messages;
import org.tillit.model.Document;

/** The outcome of every file of one import, in the order they were handled. */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {

    public List<ImportOutcome> with(Status status) {
        return outcomes.stream().filter(o -> o.status() == status).toList();
    }

    /** The documents this import added to the project, in import order. */
    public List<Document> importedDocuments() {
        return with(Status.IMPORTED).stream().map(ImportOutcome::document).toList();
    }

    public int count(Status status) {
        return with(status).size();
    }

    /** "2 imported, 1 skipped, 1 failed" (and "cancelled" when the user stopped it). */
    public String summary() {
        String counts = NLS.bind(Messages.ImportReport_summary,
                new Object[] { count(Status.IMPORTED), count(Status.SKIPPED), count(Status.FAILED) });
        return cancelled ? NLS.bind(Messages.ImportReport_cancelled, counts) : counts;
    }
}
