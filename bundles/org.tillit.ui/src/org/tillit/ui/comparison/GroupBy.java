package org.tillit.ui.comparison;

import java.util.List;
import java.util.stream.Stream;

import org.tillit.export.ExportArguments;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Project;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.Grouping;

/**
 * Where the Comparison view's columns come from: the values of an attribute (named as the project's
 * language names it), the code sets, or the documents, one column each.
 */
public record GroupBy(Kind kind, String attribute) {

    public enum Kind {
        ATTRIBUTE, CODE_SETS, DOCUMENTS
    }

    public static final GroupBy CODE_SETS = new GroupBy(Kind.CODE_SETS, null);
    public static final GroupBy DOCUMENTS = new GroupBy(Kind.DOCUMENTS, null);

    public static GroupBy attribute(String name) {
        return new GroupBy(Kind.ATTRIBUTE, name);
    }

    /** The choices the project offers: its attributes, then code sets and documents. */
    public static List<GroupBy> choices(Project project) {
        Language language = Language.fromTag(project.getLanguage());
        List<GroupBy> attributes = project.getAttributeDefinitions().stream()
                .map(d -> attribute(Labels.name(d, language))).toList();
        return Stream.concat(attributes.stream(), Stream.of(CODE_SETS, DOCUMENTS))
                .toList();
    }

    public String label() {
        return switch (kind) {
            case ATTRIBUTE -> attribute;
            case CODE_SETS -> Messages.GroupBy_codeSets;
            case DOCUMENTS -> Messages.GroupBy_documents;
        };
    }

    /** The same groups as the command line's export asks for them. */
    public ExportArguments asked(ExportArguments arguments) {
        return switch (kind) {
            case ATTRIBUTE -> arguments.option(ExportArguments.BY, attribute);
            case CODE_SETS -> arguments.flag(ExportArguments.BY_CODE_SETS, true);
            case DOCUMENTS -> arguments.flag(ExportArguments.BY_DOCUMENTS, true);
        };
    }

    /** The grouping in the project; call under the store's lock. Null when the attribute has gone. */
    public Grouping grouping(Project project) {
        return switch (kind) {
            case ATTRIBUTE -> definition(project) == null ? null : Grouping.byAttribute(definition(project));
            case CODE_SETS -> Grouping.byCodeSets(List.copyOf(project.getCodebook().getSets()));
            case DOCUMENTS -> Grouping.byEachDocument(List.copyOf(project.getDocuments()));
        };
    }

    private AttributeDefinition definition(Project project) {
        Language language = Language.fromTag(project.getLanguage());
        return project.getAttributeDefinitions().stream().filter(d -> Labels.name(d, language).equals(attribute))
                .findFirst().orElse(null);
    }
}
