package org.tillit.exchange.writing;

import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

/**
 * One document as a REFI-QDA source: its plain text (and original) by internal path, each coding
 * as a PlainTextSelection of its code points (end exclusive) holding one Coding, its memo and its
 * attribute values. The Coding keeps the coding's GUID; the selection's is derived from it.
 */
final class SourceXml {

    private final Users users;
    private final Variables variables;
    private final Notes notes;
    private final Language language;
    /** Each code's GUID, worked out once per export: many codings name the same code. */
    private final Map<Code, String> codeGuids = new HashMap<>();

    SourceXml(Users users, Variables variables, Notes notes, Language language) {
        this.users = users;
        this.variables = variables;
        this.notes = notes;
        this.language = language;
    }

    void write(XmlOut out, Document document, SourceKind kind) throws XMLStreamException {
        String guid = Guids.of(document, "source");
        String plainText = SourceKind.internal(SourceKind.plainTextFile(guid));
        if (kind == SourceKind.PDF) {
            out.start("PDFSource");
            out.attribute("guid", guid);
            out.attribute("name", document.getName());
            out.attribute("path", SourceKind.internal(kind.originalFile(guid)));
            out.attribute("creationDateTime", document.getImported());
            out.start("Representation");
            out.attribute("guid", Guids.derived("representation", guid));
            out.attribute("name", document.getName());
            out.attribute("plainTextPath", plainText);
            selections(out, document);
            out.end();
        } else {
            out.start("TextSource");
            out.attribute("guid", guid);
            out.attribute("name", document.getName());
            if (kind == SourceKind.DOCX) {
                out.attribute("richTextPath", SourceKind.internal(kind.originalFile(guid)));
            }
            out.attribute("plainTextPath", plainText);
            out.attribute("creationDateTime", document.getImported());
            selections(out, document);
        }
        notes.refer(out, guid, NLS.bind(Messages.Note_document, document.getName()), document.getMemo());
        variables.writeValues(out, document.getAttributeValues());
        out.end();
    }

    private void selections(XmlOut out, Document document) throws XMLStreamException {
        for (Coding coding : document.getCodings()) {
            if (coding.getCode() == null) {
                continue; // a coding must name its code; the store never keeps one without
            }
            String guid = Guids.of(coding, "coding");
            String coder = users.guid(coding.getCoder());
            String created = XmlOut.dateTime(coding.getCreated());
            out.start("PlainTextSelection");
            out.attribute("guid", Guids.derived("selection", guid));
            out.attribute("startPosition", coding.getStart());
            out.attribute("endPosition", coding.getEnd());
            out.attribute("creatingUser", coder);
            out.attribute("creationDateTime", created);
            out.start("Coding");
            out.attribute("guid", guid);
            out.attribute("creatingUser", coder);
            out.attribute("creationDateTime", created);
            out.reference("CodeRef", codeGuids.computeIfAbsent(coding.getCode(), code -> Guids.of(code, "code")));
            notes.refer(out, guid, () -> NLS.bind(Messages.Note_coding, Labels.label(coding.getCode(), language),
                    document.getName()), coding.getMemo());
            out.end();
            out.end();
        }
    }
}
