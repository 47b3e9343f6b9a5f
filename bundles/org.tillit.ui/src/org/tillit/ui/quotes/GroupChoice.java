package org.tillit.ui.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.Grouping;

/**
 * One way to split the documents into the groups compared, as the user picks it: an attribute of
 * the project, the code sets, or each document on its own.
 */
public record GroupChoice(String shown, String attributeGuid, Kind kind) {

    public enum Kind {
        ATTRIBUTE, CODE_SETS, DOCUMENTS
    }

    /** The choices this project offers: its attributes first (the usual comparison), then the others. */
    public static List<GroupChoice> of(Project project) {
        Language language = Language.fromTag(project.getLanguage());
        List<GroupChoice> choices = new ArrayList<>();
        for (AttributeDefinition definition : project.getAttributeDefinitions()) {
            choices.add(new GroupChoice(NLS.bind(Messages.QuoteMatrix_byAttribute, Labels.name(definition, language)),
                    definition.getGuid(), Kind.ATTRIBUTE));
        }
        if (!project.getCodebook().getSets().isEmpty()) {
            choices.add(new GroupChoice(Messages.QuoteMatrix_byCodeSets, null, Kind.CODE_SETS));
        }
        choices.add(new GroupChoice(Messages.QuoteMatrix_byDocuments, null, Kind.DOCUMENTS));
        return choices;
    }

    /** The grouping in this project; call under the store's lock. */
    public Grouping grouping(Project project) {
        return switch (kind) {
            case ATTRIBUTE -> Grouping.byAttribute(project.getAttributeDefinitions().stream()
                    .filter(d -> d.getGuid().equals(attributeGuid)).findFirst().orElseThrow());
            case CODE_SETS -> Grouping.byCodeSets(List.copyOf(project.getCodebook().getSets()));
            case DOCUMENTS -> {
                Map<String, List<Document>> each = new LinkedHashMap<>();
                project.getDocuments().forEach(d -> each.put(d.getName(), List.of(d)));
                yield Grouping.byDocuments(each);
            }
        };
    }

    /** Whether the project still offers it (an attribute may have been removed). */
    public boolean offeredBy(Project project) {
        return kind != Kind.ATTRIBUTE
                || project.getAttributeDefinitions().stream().anyMatch(d -> d.getGuid().equals(attributeGuid));
    }
}
