package org.tillit.exchange.writing;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.BilingualText;
import org.tillit.exchange.l10n.Messages;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.codebook.Language;

/**
 * The codes (with their hierarchy) and the code sets, as a project's CodeBook and Sets write them
 * and as a .qdc codebook does: the two schemas differ only in that a project's code can have
 * notes and that a project's set names a member by {@code targetGUID}, a codebook's by {@code guid}.
 */
final class CodebookXml {

    /** The schema's RGBType: a colour Tillit cannot vouch for is left out, not written invalid. */
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");

    private final Language language;
    /** Null for a .qdc, whose codes have no notes. */
    private final Notes notes;
    private final String memberAttribute;

    private CodebookXml(Language language, Notes notes, String memberAttribute) {
        this.language = language;
        this.notes = notes;
        this.memberAttribute = memberAttribute;
    }

    static CodebookXml ofProject(Language language, Notes notes) {
        return new CodebookXml(language, notes, "targetGUID");
    }

    static CodebookXml ofCodebook(Language language) {
        return new CodebookXml(language, null, "guid");
    }

    /** The Codes element; the caller makes sure there is a code (the schema wants one). */
    void writeCodes(XmlOut out, Codebook codebook) throws XMLStreamException {
        writeCodes(out, codebook.getCodes());
    }

    /** The Codes element of these top codes, each with its subtree. */
    void writeCodes(XmlOut out, List<Code> roots) throws XMLStreamException {
        out.start("Codes");
        for (Code code : roots) {
            writeCode(out, code);
        }
        out.end();
    }

    private void writeCode(XmlOut out, Code code) throws XMLStreamException {
        String guid = Guids.of(code, "code");
        String name = Labelled.name(code, language);
        out.start("Code");
        out.attribute("guid", guid);
        out.attribute("name", name);
        out.attribute("isCodable", code.isCodable());
        if (code.getColor() != null && RGB.matcher(code.getColor()).matches()) {
            out.attribute("color", code.getColor());
        }
        out.text("Description", BilingualText.withSource(Labelled.description(code, language), code.getSource()));
        if (notes != null) {
            notes.refer(out, guid, NLS.bind(Messages.Note_code, name), code.getMemo());
        }
        for (Code child : code.getChildren()) {
            writeCode(out, child);
        }
        out.end();
    }

    /** The Sets element, unless there are no sets (the schema forbids an empty one). */
    void writeSets(XmlOut out, Codebook codebook) throws XMLStreamException {
        writeSets(out, codebook.getSets(), code -> true);
    }

    /** The Sets element of these sets, naming only the members written, unless there are no sets. */
    void writeSets(XmlOut out, List<CodeSet> sets, Predicate<Code> written) throws XMLStreamException {
        if (sets.isEmpty()) {
            return;
        }
        out.start("Sets");
        for (CodeSet set : sets) {
            out.start("Set");
            out.attribute("guid", Guids.of(set, "set"));
            out.attribute("name", Labelled.name(set, language));
            out.text("Description", Labelled.description(set, language));
            for (Code member : set.getMembers().stream().filter(written).toList()) {
                out.empty("MemberCode");
                out.attribute(memberAttribute, Guids.of(member, "code"));
            }
            out.end();
        }
        out.end();
    }
}
