package org.tillit.importer.attributes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.l10n.Messages;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.attributes.AttributeValues;
import org.tillit.model.attributes.ValueProblem;

/**
 * Turns a sheet into a plan for a project. The first column names a document (by file name, with
 * or without its extension) or else a case; every other column is an attribute, matched by its
 * Swedish or English name or created with the type its values show.
 */
public final class AttributePlanner {

    private final Project project;
    private final List<String> problems = new ArrayList<>();
    private final List<String> unknownNames = new ArrayList<>();

    private AttributePlanner(Project project) {
        this.project = project;
    }

    public static AttributePlan plan(Sheet sheet, Project project) {
        return new AttributePlanner(project).planFor(sheet);
    }

    private AttributePlan planFor(Sheet sheet) {
        if (sheet.headers().size() < 2) {
            problems.add(NLS.bind(Messages.Plan_noColumns, sheet.fileName()));
        }
        List<Integer> indexes = new ArrayList<>();
        List<AttributePlan.Column> columns = columns(sheet, indexes);
        List<AttributePlan.Row> rows = new ArrayList<>();
        Map<EObject, Integer> rowOfOwner = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            String name = row.cell(0);
            if (name.isEmpty()) {
                if (indexes.stream().anyMatch(i -> !row.cell(i).isEmpty())) {
                    problems.add(NLS.bind(Messages.Plan_rowWithoutName, row.number()));
                }
                continue;
            }
            EObject owner = owner(row.number(), name);
            if (owner != null) {
                Integer earlier = rowOfOwner.putIfAbsent(owner, row.number());
                if (earlier != null) {
                    problems.add(NLS.bind(Messages.Plan_sameOwner, new Object[] { earlier, row.number(), describe(owner) }));
                }
            }
            rows.add(new AttributePlan.Row(row.number(), name, owner, values(row, columns, indexes)));
        }
        return new AttributePlan(sheet.fileName(), columns, rows, problems, unknownNames);
    }

    private List<AttributePlan.Column> columns(Sheet sheet, List<Integer> indexes) {
        List<AttributePlan.Column> columns = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 1; i < sheet.headers().size(); i++) {
            int index = i;
            String header = sheet.headers().get(i).strip();
            if (header.isEmpty()) {
                if (sheet.rows().stream().anyMatch(r -> !r.cell(index).isEmpty())) {
                    problems.add(NLS.bind(Messages.Plan_columnWithoutName, columnLetter(i)));
                }
                continue;
            }
            if (seen.putIfAbsent(key(header), header) != null) {
                problems.add(NLS.bind(Messages.Plan_sameHeader, header));
                continue;
            }
            AttributeDefinition existing = existingDefinition(header);
            List<String> values = sheet.rows().stream().map(r -> r.cell(index)).toList();
            columns.add(existing != null ? new AttributePlan.Column(header, existing, false)
                    : new AttributePlan.Column(header, newDefinition(header, values), true));
            indexes.add(i);
        }
        return columns;
    }

    private AttributeDefinition existingDefinition(String header) {
        for (AttributeDefinition d : project.getAttributeDefinitions()) {
            if (key(header).equals(key(d.getNameSv())) || key(header).equals(key(d.getNameEn()))) {
                return d;
            }
        }
        return null;
    }

    private static AttributeDefinition newDefinition(String header, List<String> values) {
        AttributeDefinition definition = TillitFactory.eINSTANCE.createAttributeDefinition();
        definition.setGuid(UUID.randomUUID().toString());
        definition.setNameSv(header);
        definition.setNameEn(header);
        definition.setType(AttributeValues.detectType(values));
        if (definition.getType() == AttributeType.CATEGORY) {
            definition.getAllowedValues().addAll(AttributeValues.categoriesOf(values));
        }
        return definition;
    }

    private List<String> values(Sheet.Row row, List<AttributePlan.Column> columns, List<Integer> indexes) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = row.cell(indexes.get(i));
            if (cell.isEmpty()) {
                values.add(null);
                continue;
            }
            try {
                values.add(AttributeValues.checked(columns.get(i).definition(), cell));
            } catch (ValueProblem e) {
                problems.add(NLS.bind(Messages.Plan_badValue, new Object[] { row.number(), columns.get(i).header(),
                        e.getMessage() }));
                values.add(null);
            }
        }
        return values;
    }

    /** The document the name gives (full file name first, then without extension), else the case. */
    private EObject owner(int rowNumber, String name) {
        String wanted = key(name);
        List<Document> byFullName = project.getDocuments().stream().filter(d -> key(d.getName()).equals(wanted)).toList();
        if (byFullName.size() == 1) {
            return byFullName.get(0);
        }
        List<Document> byBaseName = project.getDocuments().stream()
                .filter(d -> key(withoutExtension(d.getName())).equals(wanted)).toList();
        if (byBaseName.size() == 1) {
            return byBaseName.get(0);
        }
        if (byBaseName.size() > 1) {
            problems.add(NLS.bind(Messages.Plan_severalDocuments, new Object[] { rowNumber, name,
                    String.join(", ", byBaseName.stream().map(Document::getName).toList()) }));
            return null;
        }
        List<Case> cases = project.getCases().stream().filter(c -> key(c.getName()).equals(wanted)).toList();
        if (cases.size() == 1) {
            return cases.get(0);
        }
        if (cases.size() > 1) {
            problems.add(NLS.bind(Messages.Plan_severalCases, rowNumber, name));
            return null;
        }
        unknownNames.add(NLS.bind(Messages.Plan_unknownName, rowNumber, name));
        return null;
    }

    /** How a row's match reads in a preview: the document's file name or "case <name>". */
    public static String describe(EObject owner) {
        if (owner instanceof Document document) {
            return NLS.bind(Messages.Plan_document, document.getName());
        }
        if (owner instanceof Case aCase) {
            return NLS.bind(Messages.Plan_case, aCase.getName());
        }
        return Messages.Plan_nothing;
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Names compare in NFC (macOS writes file names decomposed) and without case. */
    private static String key(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String columnLetter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : NLS.bind(Messages.Plan_columnNumber, index + 1);
    }
}
