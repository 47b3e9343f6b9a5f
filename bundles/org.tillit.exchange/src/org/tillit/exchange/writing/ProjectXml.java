package org.tillit.exchange.writing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

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

    /** A case's memo is its Description: the schema gives a case no NoteRef. */
    private void writeCases(XmlOut out, List<Case> cases) throws XMLStreamException {
        if (cases.isEmpty()) {
            return;
        }
        out.start("Cases");
        for (Case aCase : cases) {
            out.start("Case");
            out.attribute("guid", Guids.of(aCase, "case"));
            out.attribute("name", aCase.getName());
            out.text("Description", aCase.getMemo());
            variables.writeValues(out, aCase.getAttributeValues());
            for (Document document : aCase.getDocuments()) {
                out.reference("SourceRef", Guids.of(document, "source"));
            }
            out.end();
        }
        out.end();
    }

    /**
     * Notes, Sets, and the project's memo: as its Description (the standard's place for it) and,
     * for tools that show only notes, as a note the project refers to.
     */
    private Void tail(XmlOut out, Project project) throws XMLStreamException {
        String name = project.getName() == null ? "" : project.getName();
        String projectNote = notes.keep("project:" + name, NLS.bind(Messages.Note_project, name), project.getMemo());
        notes.write(out);
        CodebookXml.ofProject(language, notes).writeSets(out, project.getCodebook());
        out.text("Description", project.getMemo());
        if (projectNote != null) {
            out.reference("NoteRef", projectNote);
        }
        return null;
    }
}
