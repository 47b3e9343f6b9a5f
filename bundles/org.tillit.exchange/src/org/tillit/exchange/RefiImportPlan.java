package org.tillit.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.ReadSource;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.exchange.reading.SourceTexts;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Bilingual;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * What importing REFI content into the open project will do, decided before anything is changed:
 * documents matched by the SHA-256 of their plain text or by GUID (a colleague's coding of the
 * same interviews), codes by GUID and then by their path of names, sets by GUID or name, variables
 * by name, coders by name; everything else is added. Into a new project everything is added.
 * Existing codings, values and memos are never changed: imported codings join them.
 */
public final class RefiImportPlan {

    private static final TillitFactory MAKE = TillitFactory.eINSTANCE;

    private final RefiContent content;
    private final Language language;

    /** Matched documents by source GUID; sources not in it are added. */
    final Map<String, Document> matchedDocuments = new LinkedHashMap<>();
    /** Sources whose text another source of the same file already has: their codings go there. */
    final Map<String, String> sameTextAs = new HashMap<>();
    final List<ReadSource> addedSources = new ArrayList<>();
    final Map<String, Code> codes = new HashMap<>();
    final List<Code> matchedCodes = new ArrayList<>();
    /** New codes whose parent is an existing code (or none): each is inserted with its subtree. */
    final List<AddedCode> addedRoots = new ArrayList<>();
    final List<CodeSet> addedSets = new ArrayList<>();
    final Map<CodeSet, List<Code>> extendedSets = new LinkedHashMap<>();
    final Map<String, AttributeDefinition> definitions = new HashMap<>();
    final List<AttributeDefinition> addedDefinitions = new ArrayList<>();
    final Map<String, Coder> coders = new HashMap<>();
    final List<Coder> addedCoders = new ArrayList<>();
    final List<RefiRecords.Case> addedCases = new ArrayList<>();
    final Map<RefiRecords.Case, Case> matchedCases = new LinkedHashMap<>();
    private int addedCodeCount;
    /** Whether the project holds nothing yet: a new project, made for the file, takes its name and memo. */
    private boolean intoEmptyProject;

    /** A code to insert under an existing parent (null: top level). */
    record AddedCode(Code code, Code parent) {
    }

    private RefiImportPlan(RefiContent content, Language language) {
        this.content = content;
        this.language = language;
    }

    /** Plans the import; reads the texts of the project's documents to match them. */
    public static RefiImportPlan of(RefiContent content, ProjectStore store) throws ProjectStoreException {
        RefiImportPlan plan = new RefiImportPlan(content, Language.fromTag(store.project().getLanguage()));
        Map<String, Document> byText = new HashMap<>();
        for (Document document : store.documents()) {
            byText.put(document.getSha256(), document);
            byText.put(SourceTexts.sha256(store.text(document)), document);
        }
        store.read(project -> {
            plan.intoEmptyProject = project.getDocuments().isEmpty() && project.getCodebook().getCodes().isEmpty()
                    && project.getCases().isEmpty() && project.getAttributeDefinitions().isEmpty();
            plan.planCodes(project);
            plan.planSets(project);
            plan.planVariables(project);
            plan.planCoders(project);
            plan.planDocuments(project, byText);
            plan.planCases(project);
            return null;
        });
        return plan;
    }

    public RefiContent content() {
        return content;
    }

    /** Whether the import goes into a project that holds nothing yet (one made for the file). */
    public boolean intoEmptyProject() {
        return intoEmptyProject;
    }

    // ---- codes

    private void planCodes(Project project) {
        Map<String, Code> byGuid = new HashMap<>();
        for (Code code : CodeTree.allCodes(project.getCodebook())) {
            byGuid.put(code.getGuid().toLowerCase(Locale.ROOT), code);
        }
        Set<String> taken = new HashSet<>(byGuid.keySet());
        for (RefiRecords.Code refi : content.project().codes()) {
            planCode(refi, null, project.getCodebook().getCodes(), byGuid, taken);
        }
    }

    private void planCode(RefiRecords.Code refi, Code parent, List<Code> siblings, Map<String, Code> byGuid,
            Set<String> taken) {
        Code existing = byGuid.get(refi.guid());
        if (existing == null) {
            existing = siblings.stream().filter(c -> sameName(c, refi.name())).findFirst().orElse(null);
        }
        if (existing != null) {
            codes.put(refi.guid(), existing);
            matchedCodes.add(existing);
            for (RefiRecords.Code child : refi.children()) {
                planCode(child, existing, existing.getChildren(), byGuid, taken);
            }
        } else {
            addedRoots.add(new AddedCode(newCode(refi, taken), parent));
        }
    }

    private boolean sameName(Code code, String name) {
        return name.strip().equalsIgnoreCase(Labels.label(code, language).strip())
                || name.strip().equalsIgnoreCase(Labels.label(code, other(language)).strip());
    }

    private static Language other(Language language) {
        return language == Language.SV ? Language.EN : Language.SV;
    }

    /** A new code with its whole subtree, under the REFI GUID unless the project has it already. */
    private Code newCode(RefiRecords.Code refi, Set<String> taken) {
        Code code = MAKE.createCode();
        BilingualText.Sourced sourced = BilingualText.splitSource(refi.description());
        name(code, freshGuid(refi.guid(), taken), refi.name(), sourced.description());
        code.setSource(sourced.source());
        if (refi.color() != null) {
            code.setColor(color(refi.color()));
        }
        code.setCodable(refi.codable());
        code.setMemo(content.codeMemos().get(refi.guid()));
        codes.put(refi.guid(), code);
        addedCodeCount++;
        for (RefiRecords.Code child : refi.children()) {
            code.getChildren().add(newCode(child, taken));
        }
        return code;
    }

    /**
     * A new code's or set's GUID, labels and definitions: the name and the Description in the
     * project's language, and the other language's label and definition where Tillit's export
     * keeps them in the Description ({@link BilingualText}); without them the other language has
     * none (a Swedish label is always set: the store names codes and sets by it in its messages).
     */
    private void name(Bilingual element, String guid, String name, String description) {
        element.setGuid(guid);
        BilingualText.Parsed parsed = BilingualText.parse(description);
        String definition = blankToNull(parsed.definition());
        Optional<BilingualText.Second> second = parsed.second().filter(other -> other.language() != language);
        String otherLabel = second.map(other -> blankToNull(other.label())).orElse(null);
        String otherDefinition = second.map(other -> blankToNull(other.definition())).orElse(null);
        if (language == Language.SV) {
            element.setLabelSv(name);
            element.setDefinitionSv(definition);
            element.setLabelEn(otherLabel);
            element.setDefinitionEn(otherDefinition);
        } else {
            element.setLabelEn(name);
            element.setDefinitionEn(definition);
            element.setLabelSv(otherLabel == null ? name : otherLabel);
            element.setDefinitionSv(otherDefinition);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** #RRGGBB in upper case; #RGB doubled. */
    static String color(String refi) {
        String hex = refi.strip().substring(1).toUpperCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    private static String freshGuid(String wanted, Set<String> taken) {
        String guid = wanted != null && isUuid(wanted) && !taken.contains(wanted) ? wanted
                : UUID.randomUUID().toString();
        taken.add(guid);
        return guid;
    }

    static boolean isUuid(String guid) {
        try {
            return UUID.fromString(guid).toString().equals(guid);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---- sets

    private void planSets(Project project) {
        Set<String> taken = new HashSet<>();
        project.getCodebook().getSets().forEach(s -> taken.add(s.getGuid().toLowerCase(Locale.ROOT)));
        for (RefiRecords.CodeSet refi : content.project().sets()) {
            List<Code> members = refi.codeGuids().stream().map(codes::get).filter(c -> c != null).distinct().toList();
            Optional<CodeSet> existing = project.getCodebook().getSets().stream()
                    .filter(s -> s.getGuid().equalsIgnoreCase(refi.guid()) || sameName(s, refi.name())).findFirst();
            if (existing.isPresent()) {
                List<Code> wanted = new ArrayList<>(existing.get().getMembers());
                members.stream().filter(m -> !wanted.contains(m)).forEach(wanted::add);
                if (wanted.size() > existing.get().getMembers().size()) {
                    extendedSets.put(existing.get(), wanted);
                }
            } else {
                CodeSet set = MAKE.createCodeSet();
                name(set, freshGuid(refi.guid(), taken), refi.name(), refi.description());
                set.getMembers().addAll(members);
                addedSets.add(set);
            }
        }
    }

    private boolean sameName(CodeSet set, String name) {
        return name.strip().equalsIgnoreCase(Labels.label(set, language).strip());
    }

    // ---- variables and coders

    private void planVariables(Project project) {
        Set<String> taken = new HashSet<>();
        project.getAttributeDefinitions().forEach(d -> taken.add(d.getGuid().toLowerCase(Locale.ROOT)));
        for (RefiRecords.Variable refi : content.project().variables()) {
            Optional<AttributeDefinition> existing = project.getAttributeDefinitions().stream()
                    .filter(d -> refi.name().equalsIgnoreCase(nameOr(d.getNameSv()))
                            || refi.name().equalsIgnoreCase(nameOr(d.getNameEn())))
                    .findFirst();
            AttributeDefinition definition = existing.orElseGet(() -> newDefinition(refi, taken));
            definitions.put(refi.guid(), definition);
        }
    }

    private static String nameOr(String name) {
        return name == null ? "" : name.strip();
    }

    /** A new attribute under the variable's GUID, named in the other language where Tillit's export keeps that name. */
    private AttributeDefinition newDefinition(RefiRecords.Variable refi, Set<String> taken) {
        AttributeDefinition definition = MAKE.createAttributeDefinition();
        definition.setGuid(freshGuid(refi.guid(), taken));
        String otherName = BilingualText.parse(refi.description()).second()
                .filter(other -> other.language() != language).map(other -> blankToNull(other.label())).orElse(null);
        definition.setNameSv(language == Language.SV || otherName == null ? refi.name() : otherName);
        definition.setNameEn(language == Language.EN ? refi.name() : otherName);
        definition.setType(switch (refi.type()) {
            case "Boolean" -> AttributeType.BOOLEAN;
            case "Integer", "Float" -> AttributeType.NUMBER;
            case "Date", "DateTime" -> AttributeType.DATE;
            default -> AttributeType.TEXT;
        });
        addedDefinitions.add(definition);
        return definition;
    }

    private void planCoders(Project project) {
        Set<String> taken = new HashSet<>();
        project.getCoders().forEach(c -> taken.add(c.getGuid().toLowerCase(Locale.ROOT)));
        content.project().userNames().forEach((guid, name) -> {
            Coder coder = project.getCoders().stream().filter(c -> c.getName().equals(name.strip())).findFirst()
                    .orElse(null);
            if (coder == null) {
                coder = addedCoders.stream().filter(c -> c.getName().equals(name.strip())).findFirst().orElse(null);
            }
            if (coder == null) {
                coder = MAKE.createCoder();
                coder.setGuid(freshGuid(guid, taken));
                coder.setName(name.strip());
                addedCoders.add(coder);
            }
            coders.put(guid, coder);
        });
    }

    // ---- documents and cases

    private void planDocuments(Project project, Map<String, Document> byText) {
        Map<String, Document> byGuid = new HashMap<>();
        project.getDocuments().forEach(d -> byGuid.put(d.getGuid().toLowerCase(Locale.ROOT), d));
        Map<String, String> firstWithText = new HashMap<>();
        for (ReadSource source : content.sources()) {
            Document existing = byText.getOrDefault(source.sha256(), byGuid.get(source.guid()));
            if (existing != null) {
                matchedDocuments.put(source.guid(), existing);
            } else if (firstWithText.containsKey(source.sha256())) {
                sameTextAs.put(source.guid(), firstWithText.get(source.sha256()));
            } else {
                firstWithText.put(source.sha256(), source.guid());
                addedSources.add(source);
            }
        }
    }

    private void planCases(Project project) {
        for (RefiRecords.Case refi : content.project().cases()) {
            Optional<Case> existing = project.getCases().stream()
                    .filter(c -> c.getGuid().equalsIgnoreCase(refi.guid()) || c.getName().equalsIgnoreCase(refi.name()))
                    .findFirst();
            if (existing.isPresent()) {
                matchedCases.put(refi, existing.get());
            } else {
                addedCases.add(refi);
            }
        }
    }

    // ---- what the user sees before applying

    public int matchedDocumentCount() {
        return matchedDocuments.size() + sameTextAs.size();
    }

    public int addedDocumentCount() {
        return addedSources.size();
    }

    public int matchedCodeCount() {
        return matchedCodes.size();
    }

    public int addedCodeCount() {
        return addedCodeCount;
    }

    /** The names of the documents the import codes that the project has already. */
    public List<String> matchedDocumentNames() {
        return matchedDocuments.values().stream().map(Document::getName).distinct().toList();
    }

    public List<String> addedDocumentNames() {
        return addedSources.stream().map(ReadSource::name).toList();
    }

    /** The plan as lines of text for a dialog or the command line. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Plan_documents, addedDocumentCount(), matchedDocumentCount()));
        lines.add(NLS.bind(Messages.Plan_codes, addedCodeCount(), matchedCodeCount()));
        lines.add(NLS.bind(Messages.Plan_codings, content.codingCount()));
        lines.add(NLS.bind(Messages.Plan_sets, addedSets.size(), extendedSets.size()));
        lines.add(NLS.bind(Messages.Plan_cases, addedCases.size(), matchedCases.size()));
        lines.add(NLS.bind(Messages.Plan_variables, addedDefinitions.size(), definitions.size()
                - addedDefinitions.size()));
        lines.add(NLS.bind(Messages.Plan_coders, addedCoders.size()));
        return String.join("\n", lines);
    }

    /** What the file held that is not carried. */
    public DataLossReport report() {
        return content.report();
    }

    /** What the file held that is not carried, with what applying found. */
    DataLossReport report(DataLossReport found) {
        List<DataLossReport.Entry> entries = new ArrayList<>(content.report().entries());
        entries.addAll(found.entries());
        return new DataLossReport(entries);
    }
}
