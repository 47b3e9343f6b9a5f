package org.tillit.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.osgi.util.NLS;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.tillit.cli.Arguments;
import org.tillit.cli.CliException;
import org.tillit.cli.l10n.Messages;
import org.tillit.export.ExportException;
import org.tillit.export.ProjectState;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

import com.google.gson.reflect.TypeToken;

/**
 * {@code export --replay FILE}: reads what an export recorded (the {@code .tillit-query.json}
 * beside it, or a DOCX or XLSX file's own properties), makes it again with the same arguments into
 * the same file name (or {@code --out}), and says whether the project changed since.
 */
final class ExportReplay {

    private ExportReplay() {
    }

    static int run(ProjectStore store, Path record, Path out, PrintStream printed) {
        Map<String, String> fields = read(record);
        String kind = fields.get("query.export");
        String arguments = fields.get("query.arguments");
        if (kind != null && arguments == null && "workbench".equals(fields.get("query.from"))) {
            throw CliException.usage(NLS.bind(Messages.Export_notReplayable, record));
        }
        if (kind == null || arguments == null || !ExportRun.KINDS.contains(kind)) {
            throw CliException.usage(NLS.bind(Messages.Export_notARecord, record));
        }
        List<String> args = new ArrayList<>(Json.GSON.<List<String>>fromJson(arguments, new TypeToken<List<String>>() {
        }.getType()));
        Path target = out != null ? out : record.toAbsolutePath().resolveSibling(fields.get("query.out"));
        args.add("--" + ExportRun.OUT + "=" + target);
        Set<String> options = new HashSet<>(ExportRun.options(kind));
        try {
            int done = new ExportRun(store, kind, Arguments.parse(args, options, ExportRun.flags(kind))).write(printed);
            ProjectState now = ProjectState.of(store);
            if (now.contentHash().equals(fields.get("project.contentHash"))) {
                printed.println(NLS.bind(Messages.Export_unchanged, fields.get("made")));
            } else {
                printed.println(NLS.bind(Messages.Export_changed, new Object[] { fields.get("made"),
                        fields.get("project.documents"), now.documents(), fields.get("project.codings"), now.codings() }));
            }
            return done;
        } catch (ExportException | ProjectStoreException e) {
            throw CliException.failure(e.getMessage(), e);
        }
    }

    private static Map<String, String> read(Path record) {
        String name = record.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                try (InputStream in = Files.newInputStream(record);
                        POIXMLDocument document = name.endsWith(".docx") ? new XWPFDocument(in) : new XSSFWorkbook(in)) {
                    return fields(document.getProperties());
                }
            }
            return Json.GSON.fromJson(Files.readString(record, StandardCharsets.UTF_8), new TypeToken<Map<String, String>>() {
            }.getType());
        } catch (IOException | RuntimeException e) { // POI and Gson refuse a foreign file with runtime exceptions
            throw CliException.failure(NLS.bind(Messages.Export_unreadableRecord, record, e.getMessage()), e);
        }
    }

    private static Map<String, String> fields(POIXMLProperties properties) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (CTProperty property : properties.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
            fields.put(property.getName(), property.getLpwstr());
        }
        return fields;
    }
}
