package org.tillit.store.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.AttributeChanges;
import org.tillit.store.CodeFields;
import org.tillit.store.CoderIdentity;
import org.tillit.store.CodingOrder;
import org.tillit.store.NewDocument;
import org.tillit.store.OriginalFiles;
import org.tillit.store.PlacedCoding;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.l10n.Messages;
import org.tillit.store.live.ChangeChecks;
import org.tillit.store.live.LiveProjectStore;
import org.tillit.store.live.ModelAttributes;
import org.tillit.store.live.TextReplacement;

/**
 * A project held in an embedded H2 file database; one connection, used under the store's lock.
 * Each change writes the database and changes the model inside one unit of work
 * ({@link LiveProjectStore#change}): committed together, or both put back.
 */
final class H2ProjectStore extends LiveProjectStore {

    private final Path folder;
    private final Connection connection;
    private final FolderOriginals originals;
    /** Chosen by the user; read by whichever thread codes. */
    private volatile CoderIdentity coder;
    private final Runnable onClose;
    private final boolean readOnly;
    /**
     * The text last read or written, by document guid (used under the lock): the coding editor
     * reads the text it edits again after each edit, and a long transcript takes milliseconds to
     * read. Forgotten when a unit of work rolls back and when a document leaves or comes back.
     */
    private LastText lastText;

    private record LastText(String guid, String text) {
    }

    H2ProjectStore(Path folder, Connection connection, Project project, CoderIdentity coder, Runnable onClose) {
        this(folder, connection, project, coder, onClose, false);
    }

    private H2ProjectStore(Path folder, Connection connection, Project project, CoderIdentity coder, Runnable onClose,
            boolean readOnly) {
        super(project);
        this.readOnly = readOnly;
        this.folder = folder;
        this.connection = connection;
        this.originals = new FolderOriginals(folder);
        this.coder = coder;
        this.onClose = onClose;
    }

    /** One statement group of a change, on the store's connection. */
    @FunctionalInterface
    private interface Sql {
        void run(Connection c) throws SQLException, ProjectStoreException;
    }

    /** A unit of work: the SQL and the model changes it makes, committed together. */
    private void transaction(String what, Sql work) throws ProjectStoreException {
        change(what, () -> {
            work.run(connection);
            return null;
        });
    }

    /** A store that reads the project as the database holds it and refuses changes. */
    static H2ProjectStore readOnly(Path folder, Connection connection, Project project) {
        return new H2ProjectStore(folder, connection, project, CoderIdentity.ofSystemUser(), () -> { }, true);
    }

    @Override
    protected boolean readOnly() {
        return readOnly;
    }

    @Override
    protected void commitDatabase() throws SQLException {
        connection.commit();
    }

    @Override
    protected void rollbackDatabase() throws SQLException {
        lastText = null;
        connection.rollback();
    }

    @Override
    public ProjectLocation location() {
        return ProjectLocation.folder(folder);
    }

    @Override
    public CoderIdentity coderIdentity() {
        return coder;
    }

    @Override
    public void useCoder(CoderIdentity newCoder) {
        coder = newCoder;
    }

    @Override
    public OriginalFiles originals() {
        return originals;
    }

    @Override
    public int schemaVersion() {
        try {
            return readDatabase(() -> SchemaMigrator.currentVersion(connection));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String text(Document document) throws ProjectStoreException {
        String text;
        try {
            text = readDatabase(() -> {
                LastText last = lastText;
                if (last != null && last.guid().equals(document.getGuid())) {
                    return last.text();
                }
                String read = DocumentTable.text(connection, document.getGuid());
                lastText = read == null ? null : new LastText(document.getGuid(), read);
                return read;
            });
        } catch (Exception e) {
            throw new ProjectStoreException(NLS.bind(Messages.TextUnreadable, document.getName(), e.getMessage()), e);
        }
        if (text == null) {
            throw new ProjectStoreException(NLS.bind(Messages.DocumentGone, document.getName()));
        }
        return text;
    }

    // ---- documents

    @Override
    public Document addDocument(NewDocument input) throws ProjectStoreException {
        return addDocuments(List.of(input)).get(0);
    }

    @Override
    public List<Document> addDocuments(List<NewDocument> inputs) throws ProjectStoreException {
        List<ArrivingDocument> arriving = inputs.stream().map(ArrivingDocument::of).toList();
        for (ArrivingDocument a : arriving) {
            StructureTable.checkFits(a.document());
        }
        String what = inputs.size() == 1 ? NLS.bind(Messages.OneDocument, inputs.get(0).name())
                : NLS.bind(Messages.SeveralDocuments, inputs.size());
        // Copying files needs no lock: readers and writers go on meanwhile.
        List<Path> copies = new ArrayList<>();
        try {
            for (NewDocument input : inputs) {
                copies.add(originals.keep(input));
            }
            transaction(NLS.bind(Messages.Storing, what), c -> {
                Project project = project();
                int position = project.getDocuments().size();
                int casePosition = project.getCases().size();
                for (ArrivingDocument a : arriving) {
                    DocumentTable.insert(c, a.document(), a.input().plainText(), position++);
                    CaseTable.insertCase(c, a.ownCase(), casePosition++);
                    CaseTable.link(c, a.ownCase(), a.document());
                }
                for (ArrivingDocument a : arriving) {
                    project.getDocuments().add(a.document());
                    project.getCases().add(a.ownCase());
                    a.ownCase().getDocuments().add(a.document());
                }
            });
        } catch (ProjectStoreException e) {
            copies.forEach(FolderOriginals::deleteQuietly);
            throw e.getCause() instanceof SQLException sql
                    ? new ProjectStoreException(NLS.bind(Messages.CannotStore, what, sql.getMessage()), e) : e;
        } catch (RuntimeException | Error e) {
            copies.forEach(FolderOriginals::deleteQuietly);
            throw e;
        }
        return arriving.stream().map(ArrivingDocument::document).toList();
    }

    @Override
    public void insertDocument(Document document, String text, int index, List<Case> cases)
            throws ProjectStoreException {
        transaction(NLS.bind(Messages.Restoring, document.getName()), c -> {
            lastText = null;
            EList<Document> documents = project().getDocuments();
            int at = Math.min(index, documents.size());
            DocumentTable.insert(c, document, text, at);
            documents.add(at, document);
            DocumentTable.savePositions(c, documents, at);
            CodingTable.insertAll(c, document.getCodings().stream().map(k -> new PlacedCoding(k, document)).toList());
            for (AttributeValue value : document.getAttributeValues()) {
                CaseTable.setValue(c, document, value.getDefinition(), value.getValue());
            }
            for (Case aCase : cases) {
                checks().inProject(aCase, aCase.getName());
                CaseTable.link(c, aCase, document);
                aCase.getDocuments().add(document);
            }
        });
    }

    @Override
    public void removeDocument(Document document) throws ProjectStoreException {
        transaction(NLS.bind(Messages.Removing, document.getName()), c -> {
            checks().inProject(document, document.getName());
            lastText = null;
            CaseTable.deleteValuesOf(c, document.getGuid());
            DocumentTable.delete(c, document);
            for (Case aCase : casesOf(document)) {
                aCase.getDocuments().remove(document);
            }
            EList<Document> documents = project().getDocuments();
            int at = documents.indexOf(document);
            documents.remove(at);
            DocumentTable.savePositions(c, documents, at);
        });
    }

    // ---- codebook

    @Override
    public void insertCode(Code code, Code parent, int index) throws ProjectStoreException {
        transaction(NLS.bind(Messages.AddingCode, code.getLabelSv()), c -> {
            if (parent != null) {
                checks().inProject(parent, parent.getLabelSv());
            }
            EList<Code> siblings = siblings(parent);
            int at = Math.min(index, siblings.size());
            CodebookTable.insertSubtree(c, code, parent, at);
            siblings.add(at, code);
            CodebookTable.savePositions(c, parent, siblings);
        });
    }

    @Override
    public void updateCode(Code code, CodeFields fields) throws ProjectStoreException {
        transaction(NLS.bind(Messages.SavingCode, code.getLabelSv()), c -> {
            checks().inProject(code, code.getLabelSv());
            fields.applyTo(code);
            CodebookTable.save(c, code);
        });
    }

    @Override
    public void moveCode(Code code, Code newParent, int index) throws ProjectStoreException {
        if (newParent != null && (newParent == code || EcoreUtil.isAncestor(code, newParent))) {
            throw new ProjectStoreException(Messages.MoveIntoItself);
        }
        transaction(NLS.bind(Messages.MovingCode, code.getLabelSv()), c -> {
            checks().inProject(code, code.getLabelSv());
            if (newParent != null) {
                checks().inProject(newParent, newParent.getLabelSv());
            }
            Code oldParent = code.getParent();
            EList<Code> oldSiblings = siblings(oldParent);
            oldSiblings.remove(code);
            EList<Code> newSiblings = siblings(newParent);
            int at = Math.min(index, newSiblings.size());
            newSiblings.add(at, code);
            CodebookTable.savePositions(c, oldParent, oldSiblings);
            CodebookTable.savePositions(c, newParent, newSiblings);
        });
    }

    @Override
    public void removeCode(Code code) throws ProjectStoreException {
        transaction(NLS.bind(Messages.DeletingCode, code.getLabelSv()), c -> {
            checks().inProject(code, code.getLabelSv());
            List<Code> subtree = CodeTree.subtree(code);
            for (Code each : subtree) {
                if (codingCount(each) > 0) {
                    throw new ProjectStoreException(NLS.bind(Messages.CodeHasCodings, each.getLabelSv()));
                }
            }
            Code parent = code.getParent();
            CodebookTable.deleteSubtree(c, code);
            for (CodeSet set : project().getCodebook().getSets()) {
                set.getMembers().removeAll(subtree);
            }
            EList<Code> siblings = siblings(parent);
            siblings.remove(code);
            CodebookTable.savePositions(c, parent, siblings);
        });
    }

    @Override
    public void setMembers(CodeSet set, List<Code> members) throws ProjectStoreException {
        List<Code> wanted = List.copyOf(members);
        transaction(NLS.bind(Messages.SavingSet, set.getLabelSv()), c -> {
            checks().inProject(set, set.getLabelSv());
            for (Code member : wanted) {
                checks().inProject(member, member.getLabelSv());
            }
            CodebookTable.saveMembers(c, set, wanted);
            ECollections.setEList(set.getMembers(), wanted);
        });
    }

    @Override
    public void mergeCode(Code source, Code target) throws ProjectStoreException {
        transaction(NLS.bind(Messages.MergingCode, source.getLabelSv(), target.getLabelSv()), c -> {
            checks().inProject(source, source.getLabelSv());
            checks().inProject(target, target.getLabelSv());
            if (source == target || !source.getChildren().isEmpty()) {
                throw new ProjectStoreException(NLS.bind(Messages.MergeNotPossible, source.getLabelSv()));
            }
            List<Coding> codings = codingsOf(source);
            RetiredCodes.merge(c, source, target);
            for (Coding coding : codings) {
                coding.setCode(target);
            }
            leaveCodebook(c, source, List.of(source));
        });
    }

    @Override
    public void unmergeCode(Code source, Code parent, int index, List<Coding> codings) throws ProjectStoreException {
        List<Coding> all = List.copyOf(codings);
        transaction(NLS.bind(Messages.AddingCode, source.getLabelSv()), c -> {
            for (Coding coding : all) {
                checks().codingInProject(coding);
            }
            RetiredCodes.restore(c, List.of(source));
            joinCodebook(c, source, parent, index);
            // Rows still under the source's guid need nothing; one recoded since is written back.
            Map<String, UUID> held = RetiredCodes.codingsCountingAs(c, List.of(source));
            CodingTable.recode(c, all.stream().filter(coding -> !held.containsKey(coding.getGuid())).toList(), source);
            for (Coding coding : all) {
                coding.setCode(source);
            }
        });
    }

    @Override
    public void deleteCodeWithCodings(Code code) throws ProjectStoreException {
        transaction(NLS.bind(Messages.DeletingCode, code.getLabelSv()), c -> {
            checks().inProject(code, code.getLabelSv());
            List<Code> subtree = CodeTree.subtree(code);
            List<Coding> codings = new ArrayList<>();
            subtree.forEach(each -> codings.addAll(codingsOf(each)));
            RetiredCodes.delete(c, code, subtree);
            for (Coding coding : codings) {
                coding.getDocument().getCodings().remove(coding);
            }
            leaveCodebook(c, code, subtree);
        });
    }

    @Override
    public void restoreCodeWithCodings(Code code, Code parent, int index, List<PlacedCoding> codings)
            throws ProjectStoreException {
        List<PlacedCoding> all = List.copyOf(codings);
        transaction(NLS.bind(Messages.AddingCode, code.getLabelSv()), c -> {
            for (PlacedCoding placed : all) {
                checks().inProject(placed.document(), placed.document().getName());
            }
            List<Code> subtree = CodeTree.subtree(code);
            RetiredCodes.restore(c, subtree);
            joinCodebook(c, code, parent, index);
            // The rows stayed while hidden, unless their document was deleted meanwhile (and came back without them).
            Map<String, UUID> held = RetiredCodes.codingsCountingAs(c, subtree);
            CodingTable.insertAll(c, all.stream().filter(placed -> !held.containsKey(placed.coding().getGuid())).toList());
            for (PlacedCoding placed : all) {
                EList<Coding> list = placed.document().getCodings();
                list.add(CodingOrder.positionFor(list, placed.coding()), placed.coding());
            }
        });
    }

    /** Takes a code (hidden in the database already) out of its siblings and every set. */
    private void leaveCodebook(Connection c, Code code, List<Code> subtree) throws SQLException {
        for (CodeSet set : project().getCodebook().getSets()) {
            set.getMembers().removeAll(subtree);
        }
        Code parent = code.getParent();
        EList<Code> siblings = siblings(parent);
        siblings.remove(code);
        CodebookTable.savePositions(c, parent, siblings);
    }

    /** Puts a code (shown in the database again) back among the parent's children. */
    private void joinCodebook(Connection c, Code code, Code parent, int index) throws SQLException, ProjectStoreException {
        if (parent != null) {
            checks().inProject(parent, parent.getLabelSv());
        }
        EList<Code> siblings = siblings(parent);
        siblings.add(Math.min(index, siblings.size()), code);
        CodebookTable.savePositions(c, parent, siblings);
    }

    @Override
    public void insertSet(CodeSet set) throws ProjectStoreException {
        transaction(NLS.bind(Messages.AddingSet, set.getLabelSv()), c -> {
            for (Code member : set.getMembers()) {
                checks().inProject(member, member.getLabelSv());
            }
            EList<CodeSet> sets = project().getCodebook().getSets();
            CodebookTable.insertSet(c, set);
            sets.add(set);
        });
    }

    @Override
    public void removeSet(CodeSet set) throws ProjectStoreException {
        transaction(NLS.bind(Messages.RemovingSet, set.getLabelSv()), c -> {
            checks().inProject(set, set.getLabelSv());
            CodebookTable.deleteSet(c, set);
            project().getCodebook().getSets().remove(set);
        });
    }

    private EList<Code> siblings(Code parent) {
        return CodeTree.children(project().getCodebook(), parent);
    }

    // ---- codings

    @Override
    public void insertCoding(Coding coding, Document document) throws ProjectStoreException {
        insertCodings(List.of(new PlacedCoding(coding, document)));
    }

    @Override
    public void insertCodings(List<PlacedCoding> codings) throws ProjectStoreException {
        for (PlacedCoding placed : codings) {
            ChangeChecks.range(placed.coding(), placed.document(), placed.coding().getStart(), placed.coding().getEnd());
        }
        String what = codings.size() == 1 ? NLS.bind(Messages.CodingDocument, codings.get(0).document().getName())
                : NLS.bind(Messages.StoringCodings, codings.size());
        transaction(what, c -> {
            for (PlacedCoding placed : codings) {
                checks().inProject(placed.document(), placed.document().getName());
                checks().inProject(placed.coding().getCode(), placed.coding().getCode().getLabelSv());
            }
            CodingTable.insertAll(c, codings);
            for (PlacedCoding placed : codings) {
                EList<Coding> list = placed.document().getCodings();
                list.add(CodingOrder.positionFor(list, placed.coding()), placed.coding());
            }
        });
    }

    @Override
    public void changeRange(Coding coding, int start, int end) throws ProjectStoreException {
        Document document = coding.getDocument();
        ChangeChecks.range(coding, document, start, end);
        transaction(Messages.Resizing, c -> {
            checks().inProject(coding, document.getName());
            // Changed in place and then moved, never taken out: changes of an object outside the
            // model would not be journaled, and a rollback could not put them back.
            coding.setStart(start);
            coding.setEnd(end);
            EList<Coding> list = document.getCodings();
            int to = (int) list.stream().filter(other -> other != coding && CodingOrder.IN_TEXT.compare(other, coding) < 0)
                    .count();
            list.move(to, coding);
            CodingTable.saveRange(c, coding);
        });
    }

    @Override
    public void recode(Collection<Coding> codings, Code code) throws ProjectStoreException {
        List<Coding> all = List.copyOf(codings);
        transaction(NLS.bind(Messages.Recoding, all.size()), c -> {
            checks().inProject(code, code.getLabelSv());
            for (Coding coding : all) {
                checks().codingInProject(coding);
            }
            CodingTable.recode(c, all, code);
            for (Coding coding : all) {
                coding.setCode(code);
            }
        });
    }

    @Override
    public void removeCoding(Coding coding) throws ProjectStoreException {
        removeCodings(List.of(coding));
    }

    @Override
    public void removeCodings(Collection<Coding> codings) throws ProjectStoreException {
        List<Coding> all = List.copyOf(codings);
        transaction(all.size() == 1 ? Messages.RemovingCoding : NLS.bind(Messages.RemovingCodings, all.size()), c -> {
            for (Coding coding : all) {
                checks().codingInProject(coding);
            }
            CodingTable.deleteAll(c, all);
            for (Coding coding : all) {
                coding.getDocument().getCodings().remove(coding);
            }
        });
    }

    @Override
    protected void writeCodings(TextReplacement edit) throws SQLException {
        // The move first: the resized codings are then written as of the edit, which it skips.
        if (edit.shiftsCodings()) {
            CodingTable.shift(connection, edit.document(), edit.shiftedFrom(), edit.delta());
        }
        CodingTable.saveRanges(connection, edit.resized());
        CodingTable.deleteAll(connection, edit.removed());
    }

    @Override
    protected void writeText(Document document, String text) throws SQLException, ProjectStoreException {
        StructureTable.checkFits(document);
        DocumentTable.saveText(connection, document, text);
        StructureTable.insert(connection, document);
        lastText = new LastText(document.getGuid(), text);
    }

    @Override
    public Coder currentCoder() throws ProjectStoreException {
        CoderIdentity who = coder;
        return change(NLS.bind(Messages.AddingCoder, who.name()), () -> {
            for (Coder existing : project().getCoders()) {
                if (who.name().equals(existing.getName())) {
                    return existing;
                }
            }
            Coder created = TillitFactory.eINSTANCE.createCoder();
            created.setGuid(UUID.randomUUID().toString());
            created.setName(who.name());
            CodingTable.insertCoder(connection, created);
            project().getCoders().add(created);
            return created;
        });
    }

    @Override
    public void insertCoder(Coder newCoder) throws ProjectStoreException {
        transaction(NLS.bind(Messages.AddingCoder, newCoder.getName()), c -> {
            CodingTable.insertCoder(c, newCoder);
            project().getCoders().add(newCoder);
        });
    }

    @Override
    public void removeCoder(Coder oldCoder) throws ProjectStoreException {
        transaction(NLS.bind(Messages.RemovingCoder, oldCoder.getName()), c -> {
            checks().inProject(oldCoder, oldCoder.getName());
            CodingTable.deleteCoder(c, oldCoder);
            project().getCoders().remove(oldCoder);
        });
    }

    // ---- cases, attributes, memos

    @Override
    public void insertCase(Case aCase) throws ProjectStoreException {
        transaction(NLS.bind(Messages.AddingCase, aCase.getName()), c -> {
            for (Document document : aCase.getDocuments()) {
                checks().inProject(document, document.getName());
            }
            EList<Case> cases = project().getCases();
            CaseTable.insertCase(c, aCase, CaseTable.nextCasePosition(c));
            for (Document document : aCase.getDocuments()) {
                CaseTable.link(c, aCase, document);
            }
            for (AttributeValue value : aCase.getAttributeValues()) {
                checks().inProject(value.getDefinition(), value.getDefinition().getNameSv());
                CaseTable.setValue(c, aCase, value.getDefinition(), value.getValue());
            }
            cases.add(aCase);
        });
    }

    @Override
    public void removeCase(Case aCase) throws ProjectStoreException {
        transaction(NLS.bind(Messages.RemovingCase, aCase.getName()), c -> {
            checks().inProject(aCase, aCase.getName());
            CaseTable.deleteValuesOf(c, aCase.getGuid());
            CaseTable.deleteCase(c, aCase);
            project().getCases().remove(aCase);
        });
    }

    @Override
    public void setCaseDocuments(Case aCase, List<Document> documents) throws ProjectStoreException {
        transaction(NLS.bind(Messages.ChangingCase, aCase.getName()), c -> {
            checks().inProject(aCase, aCase.getName());
            for (Document document : documents) {
                checks().inProject(document, document.getName());
            }
            EList<Document> all = project().getDocuments();
            List<Document> wanted = documents.stream().distinct().sorted(Comparator.comparingInt(all::indexOf)).toList();
            CaseTable.unlinkAll(c, aCase);
            for (Document document : wanted) {
                CaseTable.link(c, aCase, document);
            }
            ECollections.setEList(aCase.getDocuments(), wanted);
        });
    }

    @Override
    public void setAttribute(EObject owner, AttributeDefinition definition, String value) throws ProjectStoreException {
        changeAttributes(new AttributeChanges(List.of(), List.of(new Assignment(owner, definition, value)), List.of()));
    }

    @Override
    public void changeAttributes(AttributeChanges changes) throws ProjectStoreException {
        transaction(Messages.ChangingAttributes, c -> {
            for (Assignment a : changes.assignments()) {
                checks().inProject(a.owner(), ChangeChecks.nameOf(a.owner()));
                if (!changes.addedDefinitions().contains(a.definition())) {
                    checks().inProject(a.definition(), a.definition().getNameSv());
                }
            }
            CaseTable.insertDefinitions(c, changes.addedDefinitions());
            for (Assignment a : changes.assignments()) {
                CaseTable.setValue(c, a.owner(), a.definition(), ModelAttributes.stored(a.value()));
            }
            CaseTable.deleteDefinitions(c, changes.removedDefinitions());
            project().getAttributeDefinitions().addAll(changes.addedDefinitions());
            for (Assignment a : changes.assignments()) {
                ModelAttributes.put(a.owner(), a.definition(), ModelAttributes.stored(a.value()));
            }
            ModelAttributes.removeDefinitions(project(), changes.removedDefinitions());
        });
    }

    @Override
    public Optional<String> attribute(EObject owner, AttributeDefinition definition) {
        return read(p -> ModelAttributes.valuesOf(owner).stream().filter(v -> v.getDefinition() == definition)
                .map(AttributeValue::getValue).findFirst());
    }

    @Override
    public void nameProject(String name, Instant created) throws ProjectStoreException {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project's name is not blank");
        }
        String stripped = name.strip();
        transaction(Messages.RenamingProject, c -> {
            Instant date = created == null ? project().getCreated().toInstant() : created;
            ProjectRow.name(c, stripped, date);
            project().setName(stripped);
            project().setCreated(Date.from(date));
        });
    }

    @Override
    public void saveMemo(EObject owner, String memo) throws ProjectStoreException {
        String stored = memo == null || memo.isBlank() ? null : memo;
        transaction(Messages.SavingMemo, c -> {
            if (owner != project()) {
                checks().inProject(owner, ChangeChecks.nameOf(owner));
            }
            MemoColumn.save(c, owner, stored);
            owner.eSet(owner.eClass().getEStructuralFeature("memo"), stored);
        });
    }

    // ----

    @Override
    public void close() {
        lock().lock();
        try {
            if (!connection.isClosed()) {
                if (readOnly) {
                    connection.close();
                } else {
                    FileCompaction.close(connection);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the project failed: " + e.getMessage(), e);
        } finally {
            lock().unlock();
            onClose.run();
        }
    }
}
