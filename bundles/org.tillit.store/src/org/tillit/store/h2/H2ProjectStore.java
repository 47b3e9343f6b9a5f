package org.tillit.store.h2;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.Coder;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.store.AttributeChanges;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * A project held in an embedded H2 file database; one connection, serialised by this object. Each
 * change writes the database first and commits; only then is the EMF model changed, so a failure
 * leaves both as they were.
 */
final class H2ProjectStore implements ProjectStore {

    private final Path folder;
    private final Connection connection;
    private final Project project;
    private final Runnable onClose;

    H2ProjectStore(Path folder, Connection connection, Project project, Runnable onClose) {
        this.folder = folder;
        this.connection = connection;
        this.project = project;
        this.onClose = onClose;
    }

    /** One unit of database work inside a transaction. */
    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void transaction(String what, Work work) throws ProjectStoreException {
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new ProjectStoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public synchronized int schemaVersion() {
        try {
            return SchemaMigrator.currentVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public synchronized List<Document> documents() {
        return List.copyOf(project.getDocuments());
    }

    @Override
    public synchronized Codebook codebook() {
        return project.getCodebook();
    }

    @Override
    public synchronized String text(Document document) throws ProjectStoreException {
        try {
            String text = DocumentTable.text(connection, document.getGuid());
            if (text == null) {
                throw new ProjectStoreException("Document '" + document.getName() + "' is no longer in the project.");
            }
            return text;
        } catch (SQLException e) {
            throw new ProjectStoreException("Cannot read the text of '" + document.getName() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Document> documentWithSha256(String sha256) {
        return project.getDocuments().stream().filter(d -> sha256.equals(d.getSha256())).findFirst();
    }

    // ---- documents

    @Override
    public synchronized Document addDocument(NewDocument input) throws ProjectStoreException {
        return addDocuments(List.of(input)).get(0);
    }

    @Override
    public synchronized List<Document> addDocuments(List<NewDocument> inputs) throws ProjectStoreException {
        List<ArrivingDocument> arriving = inputs.stream().map(ArrivingDocument::of).toList();
        for (ArrivingDocument a : arriving) {
            StructureTable.checkFits(a.document());
        }
        String what = inputs.size() == 1 ? "'" + inputs.get(0).name() + "'" : inputs.size() + " documents";
        List<Path> copies = new ArrayList<>();
        try {
            for (NewDocument input : inputs) {
                copies.add(Originals.keep(folder, input));
            }
            transaction("Storing " + what, c -> {
                int position = project.getDocuments().size();
                int casePosition = project.getCases().size();
                for (ArrivingDocument a : arriving) {
                    DocumentTable.insert(c, a.document(), a.input().plainText(), position++);
                    StructureTable.insertTurns(c, a.document());
                    CaseTable.insertCase(c, a.ownCase(), casePosition++);
                    CaseTable.link(c, a.ownCase(), a.document());
                }
            });
        } catch (ProjectStoreException e) {
            copies.forEach(Originals::deleteQuietly);
            throw e.getCause() instanceof SQLException sql
                    ? new ProjectStoreException("Cannot store " + what + ": " + sql.getMessage(), e) : e;
        }
        for (ArrivingDocument a : arriving) {
            project.getDocuments().add(a.document());
            a.ownCase().getDocuments().add(a.document());
            project.getCases().add(a.ownCase());
        }
        return arriving.stream().map(ArrivingDocument::document).toList();
    }

    @Override
    public synchronized void insertDocument(Document document, String text, int index, List<Case> cases)
            throws ProjectStoreException {
        List<Document> order = new ArrayList<>(project.getDocuments());
        order.add(Math.min(index, order.size()), document);
        transaction("Restoring '" + document.getName() + "'", c -> {
            DocumentTable.insert(c, document, text, index);
            StructureTable.insertTurns(c, document);
            DocumentTable.savePositions(c, order);
            for (Coding coding : document.getCodings()) {
                CodingTable.insert(c, coding, document);
            }
            for (AttributeValue value : document.getAttributeValues()) {
                CaseTable.setValue(c, document, value.getDefinition(), value.getValue());
            }
            for (Case aCase : cases) {
                CaseTable.link(c, aCase, document);
            }
        });
        project.getDocuments().add(Math.min(index, project.getDocuments().size()), document);
        for (Case aCase : cases) {
            aCase.getDocuments().add(document);
        }
    }

    @Override
    public synchronized void removeDocument(Document document) throws ProjectStoreException {
        transaction("Removing '" + document.getName() + "'", c -> {
            CaseTable.deleteValuesOf(c, document.getGuid());
            DocumentTable.delete(c, document);
        });
        for (Case aCase : casesOf(document)) {
            aCase.getDocuments().remove(document);
        }
        project.getDocuments().remove(document);
    }

    // ---- codebook

    @Override
    public synchronized void insertCode(Code code, Code parent, int index) throws ProjectStoreException {
        List<Code> siblings = new ArrayList<>(siblings(parent));
        int at = Math.min(index, siblings.size());
        siblings.add(at, code);
        transaction("Adding code '" + code.getLabelSv() + "'", c -> {
            CodebookTable.insertSubtree(c, code, parent, at);
            CodebookTable.savePositions(c, parent, siblings);
        });
        siblings(parent).add(at, code);
    }

    @Override
    public synchronized void saveCode(Code code) throws ProjectStoreException {
        transaction("Saving code '" + code.getLabelSv() + "'", c -> CodebookTable.save(c, code));
    }

    @Override
    public synchronized void moveCode(Code code, Code newParent, int index) throws ProjectStoreException {
        if (newParent != null && (newParent == code || EcoreUtil.isAncestor(code, newParent))) {
            throw new ProjectStoreException("A code cannot be moved into itself or one of its own sub-codes.");
        }
        Code oldParent = code.getParent();
        List<Code> oldSiblings = new ArrayList<>(siblings(oldParent));
        oldSiblings.remove(code);
        List<Code> newSiblings = oldParent == newParent ? oldSiblings : new ArrayList<>(siblings(newParent));
        int at = Math.min(index, newSiblings.size());
        newSiblings.add(at, code);
        transaction("Moving code '" + code.getLabelSv() + "'", c -> {
            CodebookTable.savePositions(c, oldParent, oldSiblings);
            CodebookTable.savePositions(c, newParent, newSiblings);
        });
        siblings(oldParent).remove(code);
        siblings(newParent).add(at, code);
    }

    @Override
    public synchronized void removeCode(Code code) throws ProjectStoreException {
        List<Code> subtree = new ArrayList<>();
        subtree.add(code);
        code.eAllContents().forEachRemaining(o -> subtree.add((Code) o));
        for (Code each : subtree) {
            if (!codingsOf(each).isEmpty()) {
                throw new ProjectStoreException("Code '" + each.getLabelSv() + "' still has codings.");
            }
        }
        Code parent = code.getParent();
        List<Code> siblings = new ArrayList<>(siblings(parent));
        siblings.remove(code);
        transaction("Deleting code '" + code.getLabelSv() + "'", c -> {
            CodebookTable.deleteSubtree(c, code);
            CodebookTable.savePositions(c, parent, siblings);
        });
        for (CodeSet set : project.getCodebook().getSets()) {
            set.getMembers().removeAll(subtree);
        }
        siblings(parent).remove(code);
    }

    @Override
    public synchronized void saveSetMembers(CodeSet set) throws ProjectStoreException {
        transaction("Saving code set '" + set.getLabelSv() + "'", c -> CodebookTable.saveMembers(c, set));
    }

    private EList<Code> siblings(Code parent) {
        return parent == null ? project.getCodebook().getCodes() : parent.getChildren();
    }

    // ---- codings

    @Override
    public synchronized List<Coding> codingsOf(Code code) {
        List<Coding> result = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                if (coding.getCode() == code) {
                    result.add(coding);
                }
            }
        }
        return result;
    }

    @Override
    public synchronized void insertCoding(Coding coding, Document document) throws ProjectStoreException {
        if (coding.getCode() == null) {
            throw new IllegalArgumentException("a coding needs its code");
        }
        if (coding.getStart() < 0 || coding.getEnd() <= coding.getStart() || coding.getEnd() > document.getLength()) {
            throw new ProjectStoreException("The coded range " + coding.getStart() + "–" + coding.getEnd()
                    + " lies outside '" + document.getName() + "' (" + document.getLength() + " characters).");
        }
        transaction("Coding '" + document.getName() + "'", c -> CodingTable.insert(c, coding, document));
        document.getCodings().add(positionFor(document.getCodings(), coding), coding);
    }

    /** Keeps a document's codings in position order, as loading produces them. */
    private static int positionFor(List<Coding> codings, Coding coding) {
        int index = codings.size();
        while (index > 0 && CodingTable.POSITION_ORDER.compare(codings.get(index - 1), coding) > 0) {
            index--;
        }
        return index;
    }

    @Override
    public synchronized void saveCoding(Coding coding) throws ProjectStoreException {
        transaction("Saving a coding", c -> CodingTable.save(c, coding));
    }

    @Override
    public synchronized void removeCoding(Coding coding) throws ProjectStoreException {
        transaction("Removing a coding", c -> CodingTable.delete(c, coding));
        Document document = coding.getDocument();
        if (document != null) {
            document.getCodings().remove(coding);
        }
    }

    @Override
    public synchronized Coder currentCoder() throws ProjectStoreException {
        String name = System.getProperty("user.name", "coder");
        for (Coder coder : project.getCoders()) {
            if (name.equals(coder.getName())) {
                return coder;
            }
        }
        Coder coder = TillitFactory.eINSTANCE.createCoder();
        coder.setGuid(UUID.randomUUID().toString());
        coder.setName(name);
        transaction("Adding coder " + name, c -> CodingTable.insertCoder(c, coder));
        project.getCoders().add(coder);
        return coder;
    }

    // ---- cases, attributes, memos

    @Override
    public synchronized List<Case> casesOf(Document document) {
        return project.getCases().stream().filter(c -> c.getDocuments().contains(document)).toList();
    }

    @Override
    public synchronized void setAttribute(EObject owner, AttributeDefinition definition, String value)
            throws ProjectStoreException {
        changeAttributes(new AttributeChanges(List.of(), List.of(new Assignment(owner, definition, value)), List.of()));
    }

    @Override
    public synchronized void changeAttributes(AttributeChanges changes) throws ProjectStoreException {
        transaction("Changing attributes", c -> {
            CaseTable.insertDefinitions(c, changes.addedDefinitions());
            for (Assignment a : changes.assignments()) {
                CaseTable.setValue(c, a.owner(), a.definition(), ModelAttributes.stored(a.value()));
            }
            CaseTable.deleteDefinitions(c, changes.removedDefinitions());
        });
        project.getAttributeDefinitions().addAll(changes.addedDefinitions());
        for (Assignment a : changes.assignments()) {
            ModelAttributes.put(a.owner(), a.definition(), ModelAttributes.stored(a.value()));
        }
        ModelAttributes.removeDefinitions(project, changes.removedDefinitions());
    }

    @Override
    public synchronized Optional<String> attribute(EObject owner, AttributeDefinition definition) {
        return ModelAttributes.valuesOf(owner).stream().filter(v -> v.getDefinition() == definition)
                .map(AttributeValue::getValue).findFirst();
    }

    @Override
    public synchronized void saveMemo(EObject owner, String memo) throws ProjectStoreException {
        String stored = memo == null || memo.isBlank() ? null : memo;
        transaction("Saving the memo", c -> MemoColumn.save(c, owner, stored));
        owner.eSet(owner.eClass().getEStructuralFeature("memo"), stored);
    }

    // ----

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the failed change was not committed either way
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the project failed: " + e.getMessage(), e);
        } finally {
            onClose.run();
        }
    }
}
