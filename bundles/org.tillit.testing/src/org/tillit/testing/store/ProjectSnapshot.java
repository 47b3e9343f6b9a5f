package org.tillit.testing.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.Project;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Everything a project holds, as lines of text in a fixed order: two snapshots are equal exactly
 * when the projects are. Tests compare the model before and after a failed change, and the model
 * with what a second store opened on the same project reads from the database.
 */
public final class ProjectSnapshot {

    private ProjectSnapshot() {
    }

    /** The project as the store's model holds it, with a hash of each document's text. */
    public static List<String> of(ProjectStore store) throws ProjectStoreException {
        List<String> lines = store.read(ProjectSnapshot::of);
        for (Document document : store.documents()) {
            lines.add("text " + document.getGuid() + " " + sha256(store.text(document)));
        }
        return lines;
    }

    /** The model alone (call under the store's lock). */
    public static List<String> of(Project project) {
        List<String> lines = new ArrayList<>();
        lines.add("project " + project.getName() + " " + project.getLanguage() + " memo=" + project.getMemo());
        codes(project.getCodebook().getCodes(), "-", lines);
        for (CodeSet set : project.getCodebook().getSets()) {
            lines.add("set " + set.getGuid() + " " + set.getLabelSv() + " " + guids(set.getMembers()));
        }
        for (AttributeDefinition d : project.getAttributeDefinitions()) {
            lines.add("attribute " + d.getGuid() + " " + d.getNameSv() + "/" + d.getNameEn() + " " + d.getType() + " "
                    + d.getAllowedValues());
        }
        project.getCoders().stream().sorted(Comparator.comparing(Coder::getName))
                .forEach(c -> lines.add("coder " + c.getGuid() + " " + c.getName()));
        for (Document d : project.getDocuments()) {
            lines.add("document " + d.getGuid() + " " + d.getName() + " " + d.getFormat() + " " + d.getSha256() + " "
                    + d.getLength() + " lines=" + d.getLineStarts().size() + " turns=" + d.getTurns().size() + " memo="
                    + d.getMemo());
            values(d.getAttributeValues(), "  ", lines);
            for (Coding c : d.getCodings()) {
                lines.add("  coding " + c.getGuid() + " " + c.getCode().getGuid() + " " + c.getStart() + "-" + c.getEnd()
                        + " " + (c.getCoder() == null ? null : c.getCoder().getGuid()) + " "
                        + c.getCreated().getTime() + " memo=" + c.getMemo());
            }
        }
        for (Case c : project.getCases()) {
            lines.add("case " + c.getGuid() + " " + c.getName() + " " + guids(c.getDocuments()) + " memo=" + c.getMemo());
            values(c.getAttributeValues(), "  ", lines);
        }
        return lines;
    }

    private static void codes(List<Code> codes, String parent, List<String> lines) {
        for (Code code : codes) {
            lines.add("code " + code.getGuid() + " under " + parent + " " + code.getLabelSv() + "/" + code.getLabelEn()
                    + " def=" + digest(code.getDefinitionSv() + "/" + code.getDefinitionEn()) + " " + code.getColor()
                    + " codable=" + code.isCodable() + " memo=" + code.getMemo());
            codes(code.getChildren(), code.getGuid(), lines);
        }
    }

    private static void values(List<AttributeValue> values, String indent, List<String> lines) {
        values.stream().sorted(Comparator.comparing(v -> v.getDefinition().getGuid()))
                .forEach(v -> lines.add(indent + "value " + v.getDefinition().getGuid() + "=" + v.getValue()));
    }

    private static String guids(List<? extends Identified> objects) {
        return objects.stream().map(Identified::getGuid).toList().toString();
    }

    /** Long texts (code definitions) as a short digest, so that a failing comparison stays readable. */
    private static String digest(String text) {
        return sha256(text).substring(0, 12);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
