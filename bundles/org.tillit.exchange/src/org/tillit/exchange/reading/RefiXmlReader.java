package org.tillit.exchange.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
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

    private final XMLStreamReader r;
    private final String namespace;
    private final String entry;
    private final ArchiveLimits limits;
    private final LossTally loss;
    private int depth;
    private int elements;

    /** One child element: reads it whole (parses or skips it). */
    @FunctionalInterface
    private interface Child {
        void read(String name) throws XMLStreamException, RefiReadException;
    }

    private RefiXmlReader(XMLStreamReader r, String namespace, String entry, ArchiveLimits limits, LossTally loss) {
        this.r = r;
        this.namespace = namespace;
        this.entry = entry;
        this.limits = limits;
        this.loss = loss;
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
            RefiXmlReader reader = new RefiXmlReader(r, namespace, entry, limits, loss);
            reader.toRoot(root);
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

    private void toRoot(String root) throws XMLStreamException, RefiReadException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefiReadException(NLS.bind(Messages.Xml_dtd, entry));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!root.equals(r.getLocalName()) || !ours()) {
                    throw new RefiReadException(NLS.bind(Messages.Xml_wrongRoot,
                            new Object[] { entry, root, r.getName().toString() }));
                }
                depth = 1;
                elements = 1;
                return;
            }
        }
        throw new RefiReadException(NLS.bind(Messages.Xml_wrongRoot, new Object[] { entry, root, "" }));
    }

    // ---- the walk

    private boolean ours() {
        String ns = r.getNamespaceURI();
        return ns == null || ns.isEmpty() || ns.equals(namespace);
    }

    /** Reads the current element's children until its end tag. */
    private void children(Child child) throws XMLStreamException, RefiReadException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                entered();
                if (ours()) {
                    child.read(r.getLocalName());
                } else {
                    loss.add(NLS.bind(Messages.Loss_extension, r.getName().toString()), null);
                    skip();
                }
            }
        }
    }

    private void entered() throws RefiReadException {
        depth++;
        elements++;
        if (depth > limits.maxXmlDepth() || elements > limits.maxXmlElements()) {
            throw new RefiReadException(NLS.bind(Messages.Xml_tooDeep,
                    new Object[] { entry, limits.maxXmlDepth(), limits.maxXmlElements() }));
        }
    }

    /** Skips the current element with all it holds. */
    private void skip() throws XMLStreamException, RefiReadException {
        children(name -> skip());
    }

    /** Skips the current element and reports it as not carried. */
    private void notCarried(String name) throws XMLStreamException, RefiReadException {
        loss.add(NLS.bind(Messages.Loss_element, name), example());
        skip();
    }

    /** An element's own name or GUID, to show as an example of it. */
    private String example() {
        String name = r.getAttributeValue(null, "name");
        return name != null ? name : r.getAttributeValue(null, "guid");
    }

    /** The element's text (the schema gives these elements text only). */
    private String text() throws XMLStreamException {
        String text = r.getElementText();
        depth--;
        return text;
    }

    /** The element's attributes by name; those not in {@code carried} are reported. */
    private Map<String, String> attributes(String element, Set<String> carried) {
        Map<String, String> values = new HashMap<>();
        String example = example();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            String name = r.getAttributeLocalName(i);
            if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(ns)) {
                continue; // schemaLocation and the like say nothing about the data
            }
            if (ns != null && !ns.isEmpty()) {
                loss.add(NLS.bind(Messages.Loss_attribute, element + "@{" + ns + "}" + name), example);
            } else if (carried.contains(name)) {
                values.put(name, r.getAttributeValue(i));
            } else {
                loss.add(NLS.bind(Messages.Loss_attribute, element + "@" + name), example);
            }
        }
        return values;
    }

    /** The element's target GUID (a reference element). */
    private String target() throws XMLStreamException, RefiReadException {
        String guid = Guids.normal(r.getAttributeValue(null, "targetGUID"));
        skip();
        return guid;
    }

    // ---- a project

    private Project project() throws XMLStreamException, RefiReadException {
        // origin names the program that wrote the file: about the file, not the project, so nothing is lost.
        Map<String, String> a = attributes("Project", Set.of("name", "origin", "creationDateTime"));
        ProjectParts parts = new ProjectParts();
        children(name -> {
            switch (name) {
                case "Users" -> children(user -> user(parts));
                case "CodeBook" -> children(codes -> codesOf(codes, parts.codes));
                case "Variables" -> children(variable -> variable(parts));
                case "Cases" -> children(aCase -> aCase(parts));
                case "Sources" -> children(source -> source(source, parts));
                case "Notes" -> children(note -> note(note, parts));
                case "Sets" -> children(set -> set(set, parts));
                case "Description" -> parts.description = text();
                case "NoteRef" -> parts.noteGuids.add(target());
                case "Links" -> children(link -> link(link, parts));
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
            notCarried(element);
            return;
        }
        String origin = Guids.normal(r.getAttributeValue(null, "originGUID"));
        String target = Guids.normal(r.getAttributeValue(null, "targetGUID"));
        boolean fromNote = parts.notes.stream().anyMatch(n -> n.guid().equals(origin));
        boolean toCase = parts.cases.stream().anyMatch(c -> c.guid().equals(target));
        if (!fromNote || !toCase) {
            notCarried(element);
            return;
        }
        attributes("Link", Set.of("guid", "name", "direction", "originGUID", "targetGUID"));
        parts.caseNotes.computeIfAbsent(target, guid -> new ArrayList<>()).add(origin);
        children(this::notCarried);
    }

    /** Links and graphs (and anything unknown): each member counted, the whole skipped. */
    private void notCarriedWhole(String name) throws XMLStreamException, RefiReadException {
        if (name.equals("Links") || name.equals("Graphs")) {
            children(this::notCarried);
        } else {
            notCarried(name);
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
        attributes("CodeBook", Set.of("origin"));
        ProjectParts parts = new ProjectParts();
        children(name -> {
            switch (name) {
                case "Codes" -> children(code -> code(code, parts.codes));
                case "Sets" -> children(set -> set(set, parts));
                default -> notCarried(name);
            }
        });
        return new Project(null, null, Map.of(), parts.codes, parts.sets, List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    private void user(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = attributes("User", Set.of("guid", "name"));
        String guid = Guids.normal(a.get("guid"));
        parts.users.put(guid, a.getOrDefault("name", guid));
        skip();
    }

    private void codesOf(String name, List<Code> into) throws XMLStreamException, RefiReadException {
        if (name.equals("Codes")) {
            children(code -> code(code, into));
        } else {
            notCarried(name);
        }
    }

    private void code(String element, List<Code> into) throws XMLStreamException, RefiReadException {
        if (!element.equals("Code")) {
            notCarried(element);
            return;
        }
        Map<String, String> a = attributes("Code", Set.of("guid", "name", "isCodable", "color"));
        String[] description = { null };
        List<String> notes = new ArrayList<>();
        List<Code> children = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "NoteRef" -> notes.add(target());
                default -> code(name, children);
            }
        });
        into.add(new Code(Guids.normal(a.get("guid")), a.getOrDefault("name", ""), description[0], a.get("color"),
                !"false".equals(a.get("isCodable")) && !"0".equals(a.get("isCodable")), notes, children));
    }

    private void variable(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = attributes("Variable", Set.of("guid", "name", "typeOfVariable"));
        String[] description = { null };
        children(name -> {
            if (name.equals("Description")) {
                description[0] = text();
            } else {
                notCarried(name);
            }
        });
        parts.variables.add(new Variable(Guids.normal(a.get("guid")), a.getOrDefault("name", ""),
                a.getOrDefault("typeOfVariable", "Text"), description[0]));
    }

    private void aCase(ProjectParts parts) throws XMLStreamException, RefiReadException {
        Map<String, String> a = attributes("Case", Set.of("guid", "name"));
        String[] description = { null };
        List<String> sources = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "SourceRef" -> sources.add(target());
                case "VariableValue" -> values.add(value());
                default -> notCarried("Case/" + name);
            }
        });
        String guid = Guids.normal(a.get("guid"));
        parts.cases.add(new Case(guid, a.getOrDefault("name", guid), description[0], sources, values, List.of()));
    }

    private Value value() throws XMLStreamException, RefiReadException {
        attributes("VariableValue", Set.of());
        String[] variable = { null };
        String[] value = { null };
        children(name -> {
            if (name.equals("VariableRef")) {
                variable[0] = target();
            } else if (name.endsWith("Value")) {
                value[0] = text().strip();
            } else {
                notCarried(name);
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
            loss.add(NLS.bind(MEDIA.contains(element) ? Messages.Loss_media : Messages.Loss_element, element),
                    example());
            skip();
            return;
        }
        Map<String, String> a = attributes("TextSource", Set.of("guid", "name", "richTextPath", "plainTextPath",
                "creationDateTime"));
        String[] description = { null };
        String[] content = { null };
        List<Selection> selections = new ArrayList<>();
        List<Coding> whole = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "PlainTextContent" -> content[0] = text();
                case "PlainTextSelection" -> selections.add(selection());
                case "Coding" -> whole.add(coding(null, null));
                case "NoteRef" -> notes.add(target());
                case "VariableValue" -> values.add(value());
                default -> notCarried(name);
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
        String example = example();
        Map<String, String> a = attributes("PDFSource", Set.of("guid", "name", "path", "creationDateTime"));
        String[] description = { null };
        String[] plainTextPath = { null };
        String[] content = { null };
        List<Selection> selections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        boolean[] represented = { false };
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "NoteRef" -> notes.add(target());
                case "VariableValue" -> values.add(value());
                case "Representation" -> {
                    represented[0] = true;
                    plainTextPath[0] = attributes("Representation", Set.of("guid", "name", "plainTextPath"))
                            .get("plainTextPath");
                    children(inner -> {
                        switch (inner) {
                            case "PlainTextContent" -> content[0] = text();
                            case "PlainTextSelection" -> selections.add(selection());
                            case "NoteRef" -> notes.add(target());
                            case "VariableValue" -> values.add(value());
                            default -> notCarried(inner);
                        }
                    });
                }
                default -> notCarried(name);
            }
        });
        if (!represented[0]) {
            loss.add(NLS.bind(Messages.Loss_media, "PDFSource"), example);
            return;
        }
        parts.sources.add(new Source(Guids.normal(a.get("guid")), a.get("name"), plainTextPath[0], a.get("path"), content[0],
                description[0], selections, notes, values, instant(a.get("creationDateTime"))));
    }

    private Selection selection() throws XMLStreamException, RefiReadException {
        Map<String, String> a = attributes("PlainTextSelection", SELECTION_ATTRIBUTES);
        String[] description = { null };
        List<Coding> codings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String user = Guids.normal(a.get("creatingUser"));
        Instant created = instant(a.get("creationDateTime"));
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "Coding" -> codings.add(coding(user, created));
                case "NoteRef" -> notes.add(target());
                default -> notCarried(name);
            }
        });
        return new Selection(Guids.normal(a.get("guid")), description[0], number(a.get("startPosition")),
                number(a.get("endPosition")), false, codings, notes);
    }

    /** A coding; who made it and when default to its selection's. */
    private Coding coding(String selectionUser, Instant selectionCreated) throws XMLStreamException, RefiReadException {
        Map<String, String> a = attributes("Coding", CODING_ATTRIBUTES);
        String[] code = { null };
        List<String> notes = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "CodeRef" -> code[0] = target();
                case "NoteRef" -> notes.add(target());
                default -> notCarried(name);
            }
        });
        String user = a.containsKey("creatingUser") ? Guids.normal(a.get("creatingUser")) : selectionUser;
        Instant created = a.containsKey("creationDateTime") ? instant(a.get("creationDateTime")) : selectionCreated;
        return new Coding(Guids.normal(a.get("guid")), code[0], user, created, notes);
    }

    private void note(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (!element.equals("Note")) {
            notCarried(element);
            return;
        }
        Map<String, String> a = attributes("Note", Set.of("guid", "name", "plainTextPath"));
        String[] content = { null };
        children(name -> {
            if (name.equals("PlainTextContent")) {
                content[0] = text();
            } else {
                notCarried("Note/" + name);
            }
        });
        parts.notes.add(new Note(Guids.normal(a.get("guid")), a.get("name"), content[0], a.get("plainTextPath")));
    }

    private void set(String element, ProjectParts parts) throws XMLStreamException, RefiReadException {
        if (!element.equals("Set")) {
            notCarried(element);
            return;
        }
        Map<String, String> a = attributes("Set", Set.of("guid", "name"));
        String[] description = { null };
        List<String> members = new ArrayList<>();
        children(name -> {
            switch (name) {
                case "Description" -> description[0] = text();
                case "MemberCode" -> members.add(memberCode());
                default -> notCarried("Set/" + name);
            }
        });
        parts.sets.add(new CodeSet(Guids.normal(a.get("guid")), a.getOrDefault("name", ""), description[0], members));
    }

    /** A project's set names its codes by targetGUID, a codebook's by guid. */
    private String memberCode() throws XMLStreamException, RefiReadException {
        String guid = r.getAttributeValue(null, "targetGUID");
        if (guid == null) {
            guid = r.getAttributeValue(null, "guid");
        }
        skip();
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
