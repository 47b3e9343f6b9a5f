package org.tillit.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.export.l10n.Messages;

/** The provenance as a reader of an exported file sees it: named fields, a one-line summary, a table. */
public final class ProvenanceText {

    static final String CREATOR = "Tillit";

    private ProvenanceText() {
    }

    /** Every field by a stable English name, for document properties and the JSON beside a CSV. */
    public static Map<String, String> fields(Provenance provenance) {
        Map<String, String> fields = new LinkedHashMap<>();
        provenance.query().forEach((key, value) -> fields.put("query." + key, value));
        fields.put("made", provenance.made().toString());
        fields.put("project", provenance.project().name());
        fields.put("project.documents", String.valueOf(provenance.project().documents()));
        fields.put("project.codes", String.valueOf(provenance.project().codes()));
        fields.put("project.codings", String.valueOf(provenance.project().codings()));
        fields.put("project.contentHash", provenance.project().contentHash());
        fields.put("tillit.version", provenance.tillitVersion());
        return fields;
    }

    public static String summary(Provenance provenance) {
        ProjectState project = provenance.project();
        return NLS.bind(Messages.Provenance_summary, new Object[] { project.name(), provenance.made(), project.documents(),
                project.codings(), project.contentHash().substring(0, 12), provenance.tillitVersion() });
    }

    /** The last sheet or section of an export: what it came from, field by field. */
    public static ExportTable table(Provenance provenance) {
        ExportTable table = new ExportTable(Messages.Provenance_title,
                List.of(ExportTable.text(Messages.Provenance_field), ExportTable.text(Messages.Provenance_value)));
        fields(provenance).forEach((field, value) -> table.add(field, value));
        return table;
    }
}
