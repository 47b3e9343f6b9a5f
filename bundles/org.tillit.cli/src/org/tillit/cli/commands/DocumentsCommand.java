package org.tillit.cli.commands;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.tillit.cli.Arguments;
import org.tillit.cli.CliServices;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;

/** {@code documents}: the project's documents in import order, as columns or as JSON. */
public final class DocumentsCommand extends ProjectCommand {

    private static final List<String> HEADER = List.of("NAME", "FORMAT", "CHARACTERS", "IMPORTED");

    public DocumentsCommand(CliServices services) {
        super("documents", "list the documents of a project", services);
    }

    @Override
    public String usage() {
        return """
                Usage: ./tillit documents --project DIR [--format text|json]

                Lists the documents of the project in DIR in import order: name, format (media type),
                characters (Unicode code points of the text) and when it was imported (ISO-8601).
                """ + PROJECT_USAGE + """
                  --format text   aligned columns with a header line (default)
                  --format json   a JSON array of {guid, name, format, characters, imported}

                Exit status: 0 listed, 1 usage error or no project in DIR (nothing is created).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, Set.of(PROJECT, Json.FORMAT_OPTION)).noPositionals();
        boolean json = Json.isWanted(arguments);
        List<DocumentJson> documents;
        try (ProjectStore store = openExisting(projectFolder(arguments))) {
            documents = store.documents().stream().map(DocumentJson::of).toList();
        }
        if (json) {
            out.println(Json.GSON.toJson(documents));
        } else if (documents.isEmpty()) {
            err.println("The project has no documents yet.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            documents.forEach(d -> rows.add(List.of(Objects.toString(d.name(), ""), Objects.toString(d.format(), ""),
                    Integer.toString(d.characters()), Objects.toString(d.imported(), ""))));
            printColumns(rows, out);
        }
        return OK;
    }

    /** Left-aligned columns two spaces apart; the numbers (third column) right-aligned. */
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
                line.append(i == 2 ? padding + cell : i == widths.length - 1 ? cell : cell + padding);
            }
            out.println(line);
        }
    }

    static String isoTime(Date date) {
        return date == null ? null
                : OffsetDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private record DocumentJson(String guid, String name, String format, int characters, String imported) {

        static DocumentJson of(Document document) {
            return new DocumentJson(document.getGuid(), document.getName(), document.getFormat(), document.getLength(),
                    isoTime(document.getImported()));
        }
    }
}
