package org.tillit.exchange.writing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/**
 * {@code project.qde}: the project's elements in the order Project.xsd's sequence wants them.
 * It reads the model under the store's lock in short turns (the head, then each document, then
 * the tail), so the workbench goes on meanwhile; a change in between is caught by the caller.
 * Texts are not read here: the selections need only the stored code-point positions.
 */
final class ProjectXml {

    private final ProjectStore store;
    private final Notes notes = new Notes();
    /** Case GUID to the GUID of the note that holds the case's memo. */
    private final Map<String, String> caseNotes = new LinkedHashMap<>();
    private Language language;
    private Users users;
    private Variables variables;

    ProjectXml(ProjectStore store) {
        this.store = store;
    }

    /**
     * Writes the project; {@code eachDocument} runs before each document (progress, cancel).
     *
     * @return how each document is carried, in their order
     */
    List<SourceKind> write(OutputStream stream, List<Document> documents, Runnable eachDocument)
            throws XMLStreamException {
        XmlOut out = XmlOut.open(stream, "Project", RefiXml.PROJECT_NS);
        Locked.read(store, project -> head(out, project));
        List<SourceKind> kinds = new ArrayList<>();
        if (!documents.isEmpty()) {
            SourceXml sources = new SourceXml(users, variables, notes, language);
            out.start("Sources");
            for (Document document : documents) {
                eachDocument.run();
                kinds.add(Locked.read(store, project -> {
                    SourceKind kind = SourceKind.of(document, store.originals());
                    sources.write(out, document, kind);
                    return kind;
                }));
            }
            out.end();
        }
        Locked.read(store, project -> tail(out, project));
        out.finish();
        return kinds;
    }

    /** Users, CodeBook, Variables and Cases, each only when there is something in it. */
    private Void head(XmlOut out, Project project) throws XMLStreamException {
        language = Language.fromTag(project.getLanguage());
        out.attribute("name", project.getName() == null ? "" : project.getName());
        out.attribute("origin", XmlOut.ORIGIN);
        out.attribute("creationDateTime", project.getCreated());
        users = new Users(project.getCoders());
        users.write(out);
        if (!project.getCodebook().getCodes().isEmpty()) {
            out.start("CodeBook");
            CodebookXml.ofProject(language, notes).writeCodes(out, project.getCodebook());
            out.end();
        }
        variables = new Variables(project, language);
        variables.writeDefinitions(out);
        writeCases(out, project.getCases());
        return null;
    }

    /**
     * The schema gives a case no NoteRef: its memo is its Description and, for tools that show only
     * notes, a note linked to the case (Links, after Notes).
     */
    private void writeCases(XmlOut out, List<Case> cases) throws XMLStreamException {
        if (cases.isEmpty()) {
            return;
        }
        out.start("Cases");
        for (Case aCase : cases) {
            String guid = Guids.of(aCase, "case");
            out.start("Case");
            out.attribute("guid", guid);
            out.attribute("name", aCase.getName());
            out.text("Description", aCase.getMemo());
            String note = notes.keep(guid, NLS.bind(Messages.Note_case, aCase.getName()), aCase.getMemo());
            if (note != null) {
                caseNotes.put(guid, note);
            }
            variables.writeValues(out, aCase.getAttributeValues());
            for (Document document : aCase.getDocuments()) {
                out.reference("SourceRef", Guids.of(document, "source"));
            }
            out.end();
        }
        out.end();
    }

    /** A link from each case's memo note to its case, unless no case has a memo. */
    private void writeLinks(XmlOut out) throws XMLStreamException {
        if (caseNotes.isEmpty()) {
            return;
        }
        out.start("Links");
        for (Map.Entry<String, String> link : caseNotes.entrySet()) {
            out.empty("Link");
            out.attribute("guid", Guids.derived("link", link.getKey()));
            out.attribute("name", Messages.Link_memo);
            out.attribute("direction", "OneWay");
            out.attribute("originGUID", link.getValue());
            out.attribute("targetGUID", link.getKey());
        }
        out.end();
    }

    /**
     * Notes, Links (of case memos), Sets, and the project's memo: as its Description (the standard's place for it) and,
     * for tools that show only notes, as a note the project refers to.
     */
    private Void tail(XmlOut out, Project project) throws XMLStreamException {
        String name = project.getName() == null ? "" : project.getName();
        String projectNote = notes.keep("project:" + name, NLS.bind(Messages.Note_project, name), project.getMemo());
        notes.write(out);
        writeLinks(out);
        CodebookXml.ofProject(language, notes).writeSets(out, project.getCodebook());
        out.text("Description", project.getMemo());
        if (projectNote != null) {
            out.reference("NoteRef", projectNote);
        }
        return null;
    }
}
