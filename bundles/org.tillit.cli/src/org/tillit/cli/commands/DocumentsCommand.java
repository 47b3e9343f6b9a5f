package org.tillit.cli.commands;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.tillit.cli.Arguments;
import org.tillit.cli.CliServices;
import org.tillit.cli.l10n.Messages;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Turn;
import org.tillit.model.attributes.EffectiveAttributes;
import org.tillit.model.documents.FormatLabels;
import org.tillit.store.ProjectStore;

/** {@code documents}: the project's documents in import order, as columns or as JSON. */
public final class DocumentsCommand extends ProjectCliCommand {

    private static final List<String> HEADER = List.of(Messages.Documents_header.split(","));

    public DocumentsCommand(CliServices services) {
        super("documents", Messages.Documents_summary, services);
    }

    @Override
    public String usage() {
        return Messages.Documents_usageHead + PROJECT_USAGE + Messages.Documents_usageTail;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT, Json.FORMAT_OPTION)).noPositionals();
        boolean json = Json.isWanted(arguments);
        List<DocumentJson> documents;
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            documents = store.documents().stream().map(d -> DocumentJson.of(d, store)).toList();
        }
        if (json) {
            out.println(Json.GSON.toJson(documents));
        } else if (documents.isEmpty()) {
            err.println(Messages.Documents_none);
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            documents.forEach(d -> rows.add(List.of(Objects.toString(d.name(), ""), d.formatLabel(),
                    Integer.toString(d.characters()), Integer.toString(d.lines()), String.join(", ", d.speakers()),
                    String.join(", ", d.cases()), Objects.toString(d.imported(), ""))));
            printColumns(rows, out);
        }
        return OK;
    }

    /** Left-aligned columns two spaces apart; the numbers (characters, lines) right-aligned. */
    private static void printColumns(List<List<String>> rows, PrintStream out) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
                if (i > 0) {
                    line.append("  ");
                }
                boolean number = i == 2 || i == 3;
                line.append(number ? padding + cell : i == widths.length - 1 ? cell : cell + padding);
            }
            out.println(line);
        }
    }

    static String isoTime(Date date) {
        return date == null ? null
                : OffsetDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** {@code format} is the media type as stored, {@code formatLabel} what a researcher calls it. */
    private record DocumentJson(String guid, String name, String format, String formatLabel, int characters, int lines,
            List<String> speakers, List<String> cases, String imported, Map<String, String> attributes) {

        static DocumentJson of(Document document, ProjectStore store) {
            List<String> speakers = document.getTurns().stream().map(Turn::getSpeaker).distinct().toList();
            List<String> cases = store.casesOf(document).stream().map(Case::getName).toList();
            return new DocumentJson(document.getGuid(), document.getName(), document.getFormat(),
                    FormatLabels.of(document.getFormat()), document.getLength(),
                    document.getLineStarts().size(), speakers, cases, isoTime(document.getImported()),
                    attributes(document, store));
        }

        /** By Swedish name; the document's own value, else its case's, as the workbench shows them. */
        private static Map<String, String> attributes(Document document, ProjectStore store) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (AttributeDefinition definition : store.project().getAttributeDefinitions()) {
                EffectiveAttributes.of(document, definition).ifPresent(v -> attributes.put(definition.getNameSv(), v));
            }
            return attributes;
        }
    }
}
