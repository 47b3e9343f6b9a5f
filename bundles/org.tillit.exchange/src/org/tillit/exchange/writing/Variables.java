package org.tillit.exchange.writing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.tillit.exchange.BilingualText;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;

/**
 * The project's attribute definitions as REFI-QDA variables, typed by the values they hold on
 * documents and cases, and the VariableValue elements of a source or case.
 */
final class Variables {

    private final Map<AttributeDefinition, VariableKind> kinds = new LinkedHashMap<>();
    private final Language language;

    Variables(Project project, Language language) {
        this.language = language;
        Map<AttributeDefinition, List<String>> values = new LinkedHashMap<>();
        project.getAttributeDefinitions().forEach(definition -> values.put(definition, new ArrayList<>()));
        for (Document document : project.getDocuments()) {
            collect(document.getAttributeValues(), values);
        }
        for (Case aCase : project.getCases()) {
            collect(aCase.getAttributeValues(), values);
        }
        values.forEach((definition, held) -> kinds.put(definition, VariableKind.of(definition.getType(), held)));
    }

    private static void collect(List<AttributeValue> attributeValues, Map<AttributeDefinition, List<String>> values) {
        for (AttributeValue value : attributeValues) {
            List<String> held = values.get(value.getDefinition());
            if (held != null && isSet(value)) {
                held.add(value.getValue());
            }
        }
    }

    void writeDefinitions(XmlOut out) throws XMLStreamException {
        if (kinds.isEmpty()) {
            return;
        }
        out.start("Variables");
        for (Map.Entry<AttributeDefinition, VariableKind> variable : kinds.entrySet()) {
            AttributeDefinition definition = variable.getKey();
            out.start("Variable");
            out.attribute("guid", Guids.of(definition, "variable"));
            out.attribute("name", Labels.name(definition, language));
            out.attribute("typeOfVariable", variable.getValue().typeOfVariable());
            Language other = Labelled.other(language);
            String otherName = other == Language.SV ? definition.getNameSv() : definition.getNameEn();
            out.text("Description", BilingualText.compose(null, new BilingualText.Second(other, otherName, null)));
            out.end();
        }
        out.end();
    }

    /** A VariableValue for each value set (of a defined attribute), in the owner's order. */
    void writeValues(XmlOut out, List<AttributeValue> values) throws XMLStreamException {
        for (AttributeValue value : values) {
            VariableKind kind = kinds.get(value.getDefinition());
            if (kind == null || !isSet(value)) {
                continue;
            }
            out.start("VariableValue");
            out.reference("VariableRef", Guids.of(value.getDefinition(), "variable"));
            out.text(kind.valueElement(), kind.written(value.getValue()));
            out.end();
        }
    }

    private static boolean isSet(AttributeValue value) {
        return value.getValue() != null && !value.getValue().isBlank();
    }
}
