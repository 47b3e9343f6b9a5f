package org.tillit.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.GsonBuilder;

/**
 * The record a CSV or Markdown export leaves beside itself, {@code NAME.tillit-query.json}: the
 * provenance's fields as DOCX and XLSX files keep them in their properties, for a reader and for
 * {@code export --replay}. Whoever exports (the command line, the workbench) writes it here.
 */
public final class ProvenanceRecord {

    public static final String SUFFIX = ".tillit-query.json";

    private ProvenanceRecord() {
    }

    /** The record of this exported file: its name without the extension, then the suffix. */
    public static Path beside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    public static void write(Provenance provenance, Path exported) {
        AtomicFile.write(beside(exported), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(ProvenanceText.fields(provenance),
                    writer);
            writer.flush();
        });
    }

    /** The version of Tillit that exports, as its bundles carry it ("0" outside OSGi). */
    public static String tillitVersion() {
        Bundle bundle = FrameworkUtil.getBundle(ProvenanceRecord.class);
        return bundle == null ? "0" : bundle.getVersion().toString();
    }
}
