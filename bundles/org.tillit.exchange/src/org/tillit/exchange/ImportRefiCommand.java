package org.tillit.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.commands.UndoableProjectCommand;
import org.tillit.exchange.RefiImportPlan.AddedCode;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.LossTally;
import org.tillit.exchange.reading.ReadSource;
import org.tillit.exchange.reading.ReadSource.ReadCoding;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.exchange.reading.TempFolder;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Identified;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.NewDocument;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Brings planned REFI content into the project as one undoable command: coders, codes, sets,
 * documents, cases, attributes and their values, codings, memos, and the data loss report
 * appended (dated) to the project memo. Execute, undo and redo are one transaction each; nothing
 * the project held before is changed, and undo takes exactly what was added away again.
 */
public final class ImportRefiCommand extends UndoableProjectCommand implements ProjectCommandStack.AlreadyExecuted {

    private final RefiImportPlan plan;
    private final IProgressMonitor monitor;
    private boolean executed;
    /** Executed in a background job already; the stack's execute only records it. */
    private boolean recorded;
    private final List<Document> addedDocuments = new ArrayList<>();
    private final Map<Document, String> texts = new LinkedHashMap<>();
    private final Map<Document, Integer> indexes = new LinkedHashMap<>();
    private final CasesImport cases = new CasesImport();
    private final List<Assignment> assignments = new ArrayList<>();
    private final Map<Identified, Set<AttributeDefinition>> assignedDefinitions = new HashMap<>();
    private final List<PlacedCoding> codings = new ArrayList<>();
    private final Map<CodeSet, List<Code>> setsBefore = new LinkedHashMap<>();
    /** The document each source's codings and values go to: matched, then added ones. */
    private final Map<String, Document> documentOf = new LinkedHashMap<>();
    /** Found while applying: values the project holds already, codings it has already. */
    private final LossTally found = new LossTally();
    private String memoBefore;
    private String memoAfter;
    private String nameBefore;
    private Instant createdBefore;
    private String nameAfter;
    private Instant createdAfter;
    private DataLossReport report;

    public ImportRefiCommand(ProjectStore store, RefiImportPlan plan) {
        this(store, plan, null);
    }

    /**
     * @param monitor hears how far the first execute has come, between its steps, and cancels it
     *            there ({@link OperationCanceledException}: the transaction is rolled back, so
     *            nothing was imported); undo and redo do not report
     */
    public ImportRefiCommand(ProjectStore store, RefiImportPlan plan, IProgressMonitor monitor) {
        super(store, NLS.bind(Messages.Command_label, plan.content().fileName()));
        this.plan = plan;
        this.monitor = monitor;
    }

    /** What was not carried (known once executed, with the codings found already there). */
    public DataLossReport report() {
        return report == null ? plan.report(found.report()) : report;
    }

    /** The import ran in a job; the command stack's execute, which records it for undo, does nothing more. */
    @Override
    public void markDone() {
        recorded = true;
    }

    @Override
    protected void doExecute() throws ProjectStoreException {
        if (recorded) {
            recorded = false;
            return;
        }
        if (executed) {
            doRedo();
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, getLabel(), 20);
        documentOf.putAll(plan.matchedDocuments);
        step(progress, 0, Messages.Progress_codebook);
        addCodebook();
        step(progress, 1, NLS.bind(Messages.Progress_documents, plan.addedSources.size()));
        addDocuments();
        step(progress, 6, Messages.Progress_casesAndAttributes);
        cases.add(store, plan, documentOf, addedDocuments);
        store.changeAttributes(new AttributeChanges(plan.addedDefinitions, values(), List.of()));
        step(progress, 2, Messages.Progress_placingCodings);
        placeCodings();
        step(progress, 2, NLS.bind(Messages.Progress_codings, codings.size()));
        store.insertCodings(codings);
        step(progress, 8, Messages.Progress_memos);
        saveDocumentMemos();
        memoBefore = store.project().getMemo();
        report = plan.report(found.report());
        memoAfter = ImportMemo.compose(plan, memoBefore, report);
        store.saveMemo(store.project(), memoAfter);
        nameBefore = store.project().getName();
        createdBefore = store.project().getCreated().toInstant();
        String named = plan.content().project().name();
        // A project made for the file is the file's project: its name and date.
        boolean takeOver = plan.intoEmptyProject() && named != null && !named.isBlank();
        nameAfter = takeOver ? named.strip() : nameBefore;
        Instant created = plan.content().project().created();
        createdAfter = plan.intoEmptyProject() && created != null ? created : createdBefore;
        name(nameAfter, createdAfter);
        step(progress, 1, null);
        executed = true;
    }

    /**
     * Ends a step of the given work and names the next (if any); a cancel is heard here. The store
     * calls between steps are not interrupted: inserting 200,000 codings takes some seconds.
     */
    private static void step(SubMonitor progress, int worked, String next) {
        progress.worked(worked);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (next != null) {
            progress.subTask(next);
        }
    }

    @Override
    protected void doUndo() throws ProjectStoreException {
        name(nameBefore, createdBefore);
        store.saveMemo(store.project(), memoBefore);
        store.removeCodings(codings.stream().map(PlacedCoding::coding).toList());
        store.changeAttributes(new AttributeChanges(List.of(),
                assignments.stream().map(a -> new Assignment(a.owner(), a.definition(), null)).toList(),
                plan.addedDefinitions));
        cases.undo(store);
        for (Document document : reversed(addedDocuments)) {
            store.removeDocument(document);
        }
        for (Map.Entry<CodeSet, List<Code>> set : setsBefore.entrySet()) {
            store.setMembers(set.getKey(), set.getValue());
        }
        for (CodeSet set : reversed(plan.addedSets)) {
            store.removeSet(set);
        }
        for (AddedCode added : reversed(plan.addedRoots)) {
            store.removeCode(added.code());
        }
        for (Coder coder : reversed(plan.addedCoders)) {
            store.removeCoder(coder);
        }
    }

    @Override
    protected void doRedo() throws ProjectStoreException {
        insertCodebook();
        for (Document document : addedDocuments) {
            store.insertDocument(document, texts.get(document), indexes.get(document), List.of());
        }
        cases.redo(store);
        store.changeAttributes(new AttributeChanges(plan.addedDefinitions, assignments, List.of()));
        store.insertCodings(codings);
        saveDocumentMemos();
        store.saveMemo(store.project(), memoAfter);
        name(nameAfter, createdAfter);
    }

    private void name(String name, Instant created) throws ProjectStoreException {
        if (name != null && (!name.equals(store.project().getName())
                || !created.equals(store.project().getCreated().toInstant()))) {
            store.nameProject(name, created);
        }
    }

    // ---- the steps

    private void addCodebook() throws ProjectStoreException {
        for (CodeSet set : plan.extendedSets.keySet()) {
            setsBefore.put(set, List.copyOf(set.getMembers()));
        }
        insertCodebook();
    }

    private void insertCodebook() throws ProjectStoreException {
        for (Coder coder : plan.addedCoders) {
            store.insertCoder(coder);
        }
        for (AddedCode added : plan.addedRoots) {
            store.insertCode(added.code(), added.parent(),
                    CodeTree.children(store.codebook(), added.parent()).size());
        }
        for (Map.Entry<CodeSet, List<Code>> set : plan.extendedSets.entrySet()) {
            store.setMembers(set.getKey(), set.getValue());
        }
        for (CodeSet set : plan.addedSets) {
            store.insertSet(set);
        }
    }

    /** Stores the new documents; the store copies their originals from a temp folder of ours. */
    private void addDocuments() throws ProjectStoreException {
        if (plan.addedSources.isEmpty()) {
            return;
        }
        try (TempFolder folder = TempFolder.create()) {
            List<NewDocument> documents = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            store.documents().forEach(d -> taken.add(d.getGuid()));
            for (ReadSource source : plan.addedSources) {
                Path original = folder.write(source.originalName(), source.original());
                // The file's GUID and date, so that exporting the project again names the document as before.
                String guid = RefiImportPlan.isUuid(source.guid()) && taken.add(source.guid()) ? source.guid() : null;
                documents.add(new NewDocument(source.name(), original, source.format(), source.sha256(),
                        source.text(), Map.of(), guid, source.created()));
            }
            int index = store.documents().size();
            List<Document> stored = store.addDocuments(documents);
            for (int i = 0; i < stored.size(); i++) {
                Document document = stored.get(i);
                addedDocuments.add(document);
                texts.put(document, plan.addedSources.get(i).text());
                indexes.put(document, index + i);
                documentOf.put(plan.addedSources.get(i).guid(), document);
            }
        } catch (IOException e) {
            throw new ProjectStoreException(NLS.bind(Messages.Command_noTempFolder, e.getMessage()), e);
        }
        plan.sameTextAs.forEach((guid, first) -> documentOf.put(guid, documentOf.get(first)));
    }

    /** Values on documents and cases; a value the project already holds is kept. */
    private List<Assignment> values() {
        for (ReadSource source : plan.content().sources()) {
            Document document = documentOf.get(source.guid());
            if (document != null) {
                assign(document, source.values());
            }
        }
        for (int i = 0; i < cases.newCases().size(); i++) {
            assign(cases.newCases().get(i), plan.addedCases.get(i).values());
        }
        plan.matchedCases.forEach((refi, existing) -> assign(existing, refi.values()));
        return assignments;
    }

    private void assign(Identified owner, List<RefiRecords.Value> values) {
        for (RefiRecords.Value value : values) {
            AttributeDefinition definition = plan.definitions.get(value.variableGuid());
            if (definition == null || value.value() == null || value.value().isBlank()) {
                continue;
            }
            boolean assigned = !assigned(owner).add(definition);
            String existing = plan.addedDefinitions.contains(definition) ? null
                    : store.attribute(owner, definition).orElse(null);
            if (assigned || existing != null) {
                if (!value.value().equals(existing)) {
                    found.add(Messages.Loss_valueKept, ownerName(owner) + ": " + value.value());
                }
            } else {
                assignments.add(new Assignment(owner, definition, value.value()));
            }
        }
    }

    /** The definitions the owner has a value of in {@link #assignments} (looked up per value: a set, not a scan). */
    private Set<AttributeDefinition> assigned(Identified owner) {
        return assignedDefinitions.computeIfAbsent(owner, o -> new HashSet<>());
    }

    private static String ownerName(Identified owner) {
        return owner instanceof Document d ? d.getName() : owner instanceof Case c ? c.getName() : owner.getGuid();
    }

    private void placeCodings() {
        Set<String> taken = new HashSet<>();
        store.documents().forEach(d -> d.getCodings().forEach(c -> taken.add(c.getGuid())));
        Map<Document, Set<CodedRange>> there = new HashMap<>();
        for (ReadSource source : plan.content().sources()) {
            Document document = documentOf.get(source.guid());
            Set<CodedRange> ranges = source.codings().isEmpty() ? Set.of()
                    : there.computeIfAbsent(document, CodedRange::of);
            for (ReadCoding read : source.codings()) {
                Code code = plan.codes.get(read.codeGuid());
                if (ranges.contains(new CodedRange(code, read.start(), read.end()))) {
                    found.add(Messages.Loss_codingThere, document.getName() + " " + read.start() + "–" + read.end());
                } else {
                    codings.add(new PlacedCoding(coding(read, code, taken), document));
                }
            }
        }
    }

    /** A code on a range: what makes a read coding one the document has already. */
    private record CodedRange(Code code, int start, int end) {
        /** The document's codings as they were before the import (a hash set: 200,000 codings are looked up). */
        static Set<CodedRange> of(Document document) {
            Set<CodedRange> ranges = new HashSet<>();
            document.getCodings().forEach(c -> ranges.add(new CodedRange(c.getCode(), c.getStart(), c.getEnd())));
            return ranges;
        }
    }

    private Coding coding(ReadCoding read, Code code, Set<String> taken) {
        Coding coding = TillitFactory.eINSTANCE.createCoding();
        coding.setGuid(read.guid() != null && taken.add(read.guid()) && RefiImportPlan.isUuid(read.guid())
                ? read.guid() : UUID.randomUUID().toString());
        coding.setCode(code);
        coding.setStart(read.start());
        coding.setEnd(read.end());
        coding.setCoder(read.userGuid() == null ? null : plan.coders.get(read.userGuid()));
        coding.setCreated(read.created() == null ? new Date() : Date.from(read.created()));
        coding.setMemo(read.memo());
        return coding;
    }

    private void saveDocumentMemos() throws ProjectStoreException {
        for (int i = 0; i < plan.addedSources.size(); i++) {
            String memo = plan.addedSources.get(i).memo();
            if (memo != null) {
                store.saveMemo(addedDocuments.get(i), memo);
            }
        }
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
