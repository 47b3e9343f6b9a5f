package org.tillit.ui.comparison;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.tillit.export.ExportArguments;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Project;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.query.AttributeBands;
import org.tillit.query.Grouping;

/**
 * Where the Comparison view's columns come from: the values of an attribute (named as the project's
 * language names it), or bands of a number or date attribute's values ({@code band} wide, in years
 * for a date; 0: each value), the code sets, or the documents, one column each.
 */
public record GroupBy(Kind kind, String attribute, int band, boolean years) {

    /** The bands offered for numbers (ages, years of service, a year as a number) and for dates, in years. */
    static final List<Integer> NUMBER_BANDS = List.of(2, 5, 10);
    static final List<Integer> YEAR_BANDS = List.of(1, 2, 5);

    public enum Kind {
        ATTRIBUTE, CODE_SETS, DOCUMENTS
    }

    public static final GroupBy CODE_SETS = new GroupBy(Kind.CODE_SETS, null, 0, false);
    public static final GroupBy DOCUMENTS = new GroupBy(Kind.DOCUMENTS, null, 0, false);

    public static GroupBy attribute(String name) {
        return new GroupBy(Kind.ATTRIBUTE, name, 0, false);
    }

    /**
     * The choices the project offers: each attribute's values (and for a number or date, bands of
     * them, after it), then code sets and documents.
     */
    public static List<GroupBy> choices(Project project) {
        Language language = Language.fromTag(project.getLanguage());
        List<GroupBy> choices = new ArrayList<>();
        for (AttributeDefinition definition : project.getAttributeDefinitions()) {
            String name = Labels.name(definition, language);
            choices.add(attribute(name));
            if (AttributeBands.bandable(definition.getType())) {
                boolean years = definition.getType() == AttributeType.DATE;
                (years ? YEAR_BANDS : NUMBER_BANDS).forEach(width -> choices.add(new GroupBy(Kind.ATTRIBUTE, name, width, years)));
            }
        }
        choices.add(CODE_SETS);
        choices.add(DOCUMENTS);
        return choices;
    }

    public String label() {
        return switch (kind) {
            case ATTRIBUTE -> band == 0 ? attribute
                    : years ? NLS.bind(band == 1 ? Messages.GroupBy_eachYear : Messages.GroupBy_yearBands, attribute, band)
                    : NLS.bind(Messages.GroupBy_bands, attribute, band);
            case CODE_SETS -> Messages.GroupBy_codeSets;
            case DOCUMENTS -> Messages.GroupBy_documents;
        };
    }

    /** The same groups as the command line's export asks for them. */
    public ExportArguments asked(ExportArguments arguments) {
        return switch (kind) {
            case ATTRIBUTE -> arguments.option(ExportArguments.BY, attribute)
                    .option(ExportArguments.BANDS, band == 0 ? null : String.valueOf(band));
            case CODE_SETS -> arguments.flag(ExportArguments.BY_CODE_SETS, true);
            case DOCUMENTS -> arguments.flag(ExportArguments.BY_DOCUMENTS, true);
        };
    }

    /** The grouping in the project; call under the store's lock. Null when the attribute has gone. */
    public Grouping grouping(Project project) {
        return switch (kind) {
            case ATTRIBUTE -> attributeGrouping(definition(project));
            case CODE_SETS -> Grouping.byCodeSets(List.copyOf(project.getCodebook().getSets()));
            case DOCUMENTS -> Grouping.byEachDocument(List.copyOf(project.getDocuments()));
        };
    }

    private Grouping attributeGrouping(AttributeDefinition definition) {
        if (definition == null || band > 0 && !AttributeBands.bandable(definition.getType())) {
            return null;
        }
        return band == 0 ? Grouping.byAttribute(definition) : Grouping.byAttributeBands(definition, AttributeBands.of(definition, band));
    }

    private AttributeDefinition definition(Project project) {
        Language language = Language.fromTag(project.getLanguage());
        return project.getAttributeDefinitions().stream().filter(d -> Labels.name(d, language).equals(attribute))
                .findFirst().orElse(null);
    }
}
