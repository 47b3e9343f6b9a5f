package org.tillit.exchange.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.RefiRecords.Case;
import org.tillit.exchange.reading.RefiRecords.Code;
import org.tillit.exchange.reading.RefiRecords.CodeSet;
import org.tillit.exchange.reading.RefiRecords.Coding;
import org.tillit.exchange.reading.RefiRecords.Note;
import org.tillit.exchange.reading.RefiRecords.Project;
import org.tillit.exchange.reading.RefiRecords.Selection;
import org.tillit.exchange.reading.RefiRecords.Source;
import org.tillit.exchange.reading.RefiRecords.Value;
import org.tillit.exchange.reading.RefiRecords.Variable;

/**
 * Reads project.qde or a .qdc codebook into {@link RefiRecords}, element by element (StAX), and
 * tallies every element and attribute it does not carry. Unknown elements, and elements of other
 * namespaces (exporters' extensions), are skipped whole and reported.
 */
public final class RefiXmlReader {

    private static final Set<String> MEDIA = Set.of("PictureSource", "PDFSource", "AudioSource", "VideoSource");
    /** What a selection and a coding carry: made once, there is one of each for every coding. */
    private static final Set<String> SELECTION_ATTRIBUTES = Set.of("guid", "startPosition", "endPosition",
            "creatingUser", "creationDateTime");
    private static final Set<String> CODING_ATTRIBUTES = Set.of("guid", "creatingUser", "creationDateTime");

    private final RefiXmlCursor in;

    private RefiXmlReader(RefiXmlCursor in) {
        this.in = in;
    }

    /** Reads a project document ({@code <Project>} in the project namespace). */
    public static Project project(byte[] xml, String entry, ArchiveLimits limits, LossTally loss)
            throws RefiReadException {
        return read(xml, RefiXml.PROJECT_NS, "Project", entry, limits, loss);
    }

    /** Reads a codebook ({@code <CodeBook>} in the codebook namespace) as a project with codes and sets only. */
    public static Project codebook(byte[] xml, String entry, ArchiveLimits limits, LossTally loss)
            throws RefiReadException {
        return read(xml, RefiXml.CODEBOOK_NS, "CodeBook", entry, limits, loss);
    }

    private static Project read(byte[] xml, String namespace, String root, String entry, ArchiveLimits limits,
            LossTally loss) throws RefiReadException {
        XMLStreamReader r = null;
        try {
            r = HardenedXml.reader(xml);
            RefiXmlCursor in = new RefiXmlCursor(r, namespace, entry, limits, loss);
            in.toRoot(root);
            RefiXmlReader reader = new RefiXmlReader(in);
            return root.equals("Project") ? reader.project() : reader.codebookRoot();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new RefiReadException(NLS.bind(Messages.Xml_malformed, new Object[] { entry, line, e.getMessage() }),
                    e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // Read from memory: nothing to release.
                }
            }
        }
    }

    // ---- a project

    private Project project() throws XMLStreamException, RefiReadException {
        // origin names the program that wrote the file: about the file, not the project, so nothing is lost.
        Map<String, String> a = in.attributes("Project", Set.of("name", "origin", "creationDateTime"));
        ProjectParts parts = new ProjectParts();
        in.children(name -> {
            switch (name) {
                case "Users" -> in.children(user -> user(parts));
                case "CodeBook" -> in.children(codes -> codesOf(codes, parts.codes));
                case "Variables" -> in.children(variable -> variable(parts));
                case "Cases" -> in.children(aCase -> aCase(parts));
                case "Sources" -> in.children(source -> source(source, parts));
                case "Notes" -> in.children(note -> note(note, parts));
                case "Sets" -> in.children(set -> set(set, parts));
                case "Description" -> parts.description = in.text();
                case "NoteRef" -> parts.noteGuids.add(in.target());
                case "Links" -> in.children(link -> link(link, parts));
                default -> notCarriedWhole(name);
            }
        });
        List<Case> cases = parts.cases.stream().map(c -> new Case(c.guid(), c.name(), c.description(), c.sourceGuids(),
                c.values(), parts.caseNotes.getOrDefault(c.guid(), List.of()))).toList();
        return new Project(a.get("name"), parts.description, parts.users, parts.codes, parts.sets, parts.variables,
                cases, parts.sources, parts.notes, parts.noteGuids, instant(a.get("creationDateTime")));
    }

    /**
     * A link from a note to a case is the case's memo (as Tillit's export writes it; cases have no
     * NoteRef in the standard). Other links Tillit has no place for.
     */
    private void link(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (!element.equals("Link")) {
            in.notCarried(element);
            return;
        }
        String origin = Guids.normal(in.attribute("originGUID"));
        String target = Guids.normal(in.attribute("targetGUID"));
        boolean fromNote = parts.notes.stream().anyMatch(n -> n.guid().equals(origin));
        boolean toCase = parts.cases.stream().anyMatch(c -> c.guid().equals(target));
        if (!fromNote || !toCase) {
            in.notCarried(element);
            return;
        }
        in.attributes("Link", Set.of("guid", "name", "direction", "originGUID", "targetGUID"));
        parts.caseNotes.computeIfAbsent(target, guid -> new ArrayList<>()).add(origin);
        in.children(in::notCarried);
    }

    /** Links and graphs (and anything unknown): each member counted, the whole skipped. */
    private void notCarriedWhole(String name) throws XMLStreamException, RefiReadException {
        if (name.equals("Links") || name.equals("Graphs")) {
            in.children(in::notCarried);
        } else {
            in.notCarried(name);
        }
    }

    /** What a project holds, gathered while reading it. */
    private static final class ProjectParts {
        String description;
        final Map<String, String> users = new LinkedHashMap<>();
        final List<Code> codes = new ArrayList<>();
        final List<CodeSet> sets = new ArrayList<>();
        final List<Variable> variables = new ArrayList<>();
        final List<Case> cases = new ArrayList<>();
        final List<Source> sources = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();
        final List<String> noteGuids = new ArrayList<>();
        /** The notes linked to each case, by the case's GUID. */
        final Map<String, List<String>> caseNotes = new HashMap<>();
    }

    private Project codebookRoot() throws XMLStreamException, RefiReadException {
        in.attributes("CodeBook", Set.of("origin"));
        ProjectParts parts = new ProjectParts();
        in.children(name -> {
            switch (name) {
                case "Codes" -> in.children(code -> code(code, parts.codes));
                case "Sets" -> in.children(set -> set(set, parts));
                default -> in.notCarried(name);
            }
        });
        return new Project(null, null, Map.of(), parts.codes, parts.sets, List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private void user(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = in.attributes("User", Set.of("guid", "name"));
        String guid = Guids.normal(a.get("guid"));
        parts.users.put(guid, a.getOrDefault("name", guid));
        in.skip();
    }

    private void codesOf(String name, List<Code> into) throws XMLStreamException, RefiReadException {
        if (name.equals("Codes")) {
            in.children(code -> code(code, into));
        } else {
            in.notCarried(name);
        }
    }

    private void code(String element, List<Code> into) throws XMLStreamException, RefiReadException {
        if (!element.equals("Code")) {
            in.notCarried(element);
            return;
        }
        Map<String, String> a = in.attributes("Code", Set.of("guid", "name", "isCodable", "color"));
        String[] description = { null };
        List<String> notes = new ArrayList<>();
        List<Code> children = new ArrayList<>();
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "NoteRef" -> notes.add(in.target());
                default -> code(name, children);
            }
        });
        into.add(new Code(Guids.normal(a.get("guid")), a.getOrDefault("name", ""), description[0], a.get("color"),
                !"false".equals(a.get("isCodable")) && !"0".equals(a.get("isCodable")), notes, children));
    }

    private void variable(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = in.attributes("Variable", Set.of("guid", "name", "typeOfVariable"));
        String[] description = { null };
        in.children(name -> {
            if (name.equals("Description")) {
                description[0] = in.text();
            } else {
                in.notCarried(name);
            }
        });
        parts.variables.add(new Variable(Guids.normal(a.get("guid")), a.getOrDefault("name", ""),
                a.getOrDefault("typeOfVariable", "Text"), description[0]));
    }

    private void aCase(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = in.attributes("Case", Set.of("guid", "name"));
        String[] description = { null };
        List<String> sources = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "SourceRef" -> sources.add(in.target());
                case "VariableValue" -> values.add(value());
                default -> in.notCarried("Case/" + name);
            }
        });
        String guid = Guids.normal(a.get("guid"));
        parts.cases.add(new Case(guid, a.getOrDefault("name", guid), description[0], sources, values, List.of()));
    }

    private Value value() throws XMLStreamException, RefiReadException {
        in.attributes("VariableValue", Set.of());
        String[] variable = { null };
        String[] value = { null };
        in.children(name -> {
            if (name.equals("VariableRef")) {
                variable[0] = in.target();
            } else if (name.endsWith("Value")) {
                value[0] = in.text().strip();
            } else {
                in.notCarried(name);
            }
        });
        return new Value(variable[0], value[0]);
    }

    private void source(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (element.equals("PDFSource")) {
            pdfSource(parts);
            return;
        }
        if (!element.equals("TextSource")) {
            in.lost(NLS.bind(MEDIA.contains(element) ? Messages.Loss_media : Messages.Loss_element, element),
                    in.example());
            in.skip();
            return;
        }
        Map<String, String> a = in.attributes("TextSource", Set.of("guid", "name", "richTextPath", "plainTextPath",
                "creationDateTime"));
        String[] description = { null };
        String[] content = { null };
        List<Selection> selections = new ArrayList<>();
        List<Coding> whole = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "PlainTextContent" -> content[0] = in.text();
                case "PlainTextSelection" -> selections.add(selection());
                case "Coding" -> whole.add(coding(null, null));
                case "NoteRef" -> notes.add(in.target());
                case "VariableValue" -> values.add(value());
                default -> in.notCarried(name);
            }
        });
        if (!whole.isEmpty()) {
            selections.add(new Selection(null, null, 0, 0, true, whole, List.of()));
        }
        parts.sources.add(new Source(Guids.normal(a.get("guid")), a.get("name"), a.get("plainTextPath"),
                a.get("richTextPath"), content[0], description[0], selections, notes, values,
                instant(a.get("creationDateTime"))));
    }

    /**
     * A PDF with its plain-text Representation (as Tillit and others export a PDF) is a document of
     * that text and the Representation's codings; the PDF is its original. Regions of the PDF
     * itself (PDFSelection) are not carried. A PDF without a Representation is media.
     */
    private void pdfSource(ProjectParts parts) throws XMLStreamException, RefiReadException {
        String example = in.example();
        Map<String, String> a = in.attributes("PDFSource", Set.of("guid", "name", "path", "creationDateTime"));
        String[] description = { null };
        String[] plainTextPath = { null };
        String[] content = { null };
        List<Selection> selections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        boolean[] represented = { false };
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "NoteRef" -> notes.add(in.target());
                case "VariableValue" -> values.add(value());
                case "Representation" -> {
                    represented[0] = true;
                    plainTextPath[0] = in.attributes("Representation", Set.of("guid", "name", "plainTextPath"))
                            .get("plainTextPath");
                    in.children(inner -> {
                        switch (inner) {
                            case "PlainTextContent" -> content[0] = in.text();
                            case "PlainTextSelection" -> selections.add(selection());
                            case "NoteRef" -> notes.add(in.target());
                            case "VariableValue" -> values.add(value());
                            default -> in.notCarried(inner);
                        }
                    });
                }
                default -> in.notCarried(name);
            }
        });
        if (!represented[0]) {
            in.lost(NLS.bind(Messages.Loss_media, "PDFSource"), example);
            return;
        }
        parts.sources.add(new Source(Guids.normal(a.get("guid")), a.get("name"), plainTextPath[0], a.get("path"), content[0],
                description[0], selections, notes, values, instant(a.get("creationDateTime"))));
    }

    private Selection selection() throws XMLStreamException, RefiReadException {
        Map<String, String> a = in.attributes("PlainTextSelection", SELECTION_ATTRIBUTES);
        String[] description = { null };
        List<Coding> codings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String user = Guids.normal(a.get("creatingUser"));
        Instant created = instant(a.get("creationDateTime"));
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "Coding" -> codings.add(coding(user, created));
                case "NoteRef" -> notes.add(in.target());
                default -> in.notCarried(name);
            }
        });
        return new Selection(Guids.normal(a.get("guid")), description[0], number(a.get("startPosition")),
                number(a.get("endPosition")), false, codings, notes);
    }

    /** A coding; who made it and when default to its selection's. */
    private Coding coding(String selectionUser, Instant selectionCreated) throws XMLStreamException, RefiReadException {
        Map<String, String> a = in.attributes("Coding", CODING_ATTRIBUTES);
        String[] code = { null };
        List<String> notes = new ArrayList<>();
        in.children(name -> {
            switch (name) {
                case "CodeRef" -> code[0] = in.target();
                case "NoteRef" -> notes.add(in.target());
                default -> in.notCarried(name);
            }
        });
        String user = a.containsKey("creatingUser") ? Guids.normal(a.get("creatingUser")) : selectionUser;
        Instant created = a.containsKey("creationDateTime") ? instant(a.get("creationDateTime")) : selectionCreated;
        return new Coding(Guids.normal(a.get("guid")), code[0], user, created, notes);
    }

    private void note(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (!element.equals("Note")) {
            in.notCarried(element);
            return;
        }
        Map<String, String> a = in.attributes("Note", Set.of("guid", "name", "plainTextPath"));
        String[] content = { null };
        in.children(name -> {
            if (name.equals("PlainTextContent")) {
                content[0] = in.text();
            } else {
                in.notCarried("Note/" + name);
            }
        });
        parts.notes.add(new Note(Guids.normal(a.get("guid")), a.get("name"), content[0], a.get("plainTextPath")));
    }

    private void set(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (!element.equals("Set")) {
            in.notCarried(element);
            return;
        }
        Map<String, String> a = in.attributes("Set", Set.of("guid", "name"));
        String[] description = { null };
        List<String> members = new ArrayList<>();
        in.children(name -> {
            switch (name) {
                case "Description" -> description[0] = in.text();
                case "MemberCode" -> members.add(memberCode());
                default -> in.notCarried("Set/" + name);
            }
        });
        parts.sets.add(new CodeSet(Guids.normal(a.get("guid")), a.getOrDefault("name", ""), description[0], members));
    }

    /** A project's set names its codes by targetGUID, a codebook's by guid. */
    private String memberCode() throws XMLStreamException, RefiReadException {
        String guid = in.attribute("targetGUID");
        if (guid == null) {
            guid = in.attribute("guid");
        }
        in.skip();
        return Guids.normal(guid);
    }

    // ---- values

    private static long number(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** xsd:dateTime with or without a zone (without one: UTC); null when absent or unreadable. */
    static Instant instant(String value) {
        return DateTimes.parse(value);
    }
}
