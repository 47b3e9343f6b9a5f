package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.exchange.reading.SourceTexts;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.store.FailingStore;
import org.tillit.testing.store.ProjectSnapshot;
import org.tillit.testing.store.TestCodings;

/**
 * A REFI project imported as one undoable command: into a new project everything is added; into
 * a project holding the same interviews, documents and codes are matched and the colleague's
 * codings join the existing ones, which stay as they were. Undo and redo restore exactly, and a
 * failure anywhere leaves model, database and command stack as before.
 */
class RefiImportCommandTest {

    private static final String VARIABLE = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0601";
    private static final String CASE = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0701";
    private static final String SET = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0801";
    private static final String NOTE = "5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0901";

    @TempDir
    Path temp;

    private ProjectStore store;
    private final ProjectCommandStack stack = new ProjectCommandStack();

    @BeforeEach
    void open() throws Exception {
        store = new H2ProjectStoreFactory().open(temp.resolve("project"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Two interviews, a case with a value of a variable, a set, a note on a code, an audio source. */
    private Path richProject(String name) throws Exception {
        String codebook = QdpxFixture.codebook().replace("</Description>",
                "</Description><NoteRef targetGUID='" + NOTE + "'/>");
        String xml = QdpxFixture.projectXml(QdpxFixture.users() + codebook
                + "<Variables><Variable guid='" + VARIABLE + "' name='Roll' typeOfVariable='Text'/></Variables>"
                + "<Cases><Case guid='" + CASE + "' name='Chef 1'><VariableValue><VariableRef targetGUID='" + VARIABLE
                + "'/><TextValue>Chef</TextValue></VariableValue><SourceRef targetGUID='" + QdpxFixture.SOURCE_A
                + "'/></Case></Cases>" + sources()
                + "<Notes><Note guid='" + NOTE + "' name='Kodnot'><PlainTextContent>Gäller även chefer."
                + "</PlainTextContent></Note></Notes>"
                + "<Sets><Set guid='" + SET + "' name='Centrala'><MemberCode targetGUID='" + QdpxFixture.CODE_TIME
                + "'/></Set></Sets>");
        return QdpxFixture.project(xml).entry("sources/" + QdpxFixture.SOURCE_A + ".txt", QdpxFixture.TEXT_A)
                .entry("sources/" + QdpxFixture.SOURCE_B + ".txt", QdpxFixture.TEXT_B).write(temp.resolve(name));
    }

    private static String sources() {
        return "<Sources>"
                + QdpxFixture.textSource(QdpxFixture.SOURCE_A, "Intervju A", "internal://" + QdpxFixture.SOURCE_A
                        + ".txt", QdpxFixture.selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0301", 3, 28,
                                QdpxFixture.CODE_TRUST)
                        + QdpxFixture.selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0302", 50, 66, QdpxFixture.CODE_TIME))
                + QdpxFixture.textSource(QdpxFixture.SOURCE_B, "Intervju B", "internal://" + QdpxFixture.SOURCE_B
                        + ".txt", QdpxFixture.selection("5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0303", 0, 27,
                                QdpxFixture.CODE_TRUST))
                + "<AudioSource guid='5ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0a01' name='Inspelning'/></Sources>";
    }

    private ImportRefiCommand command(ProjectStore on, Path file) throws Exception {
        RefiContent content = QdpxImport.read(file, null);
        return new ImportRefiCommand(on, RefiImportPlan.of(content, on));
    }

    @Test
    void intoANewProjectEverythingIsAddedAndUndoRedoRestoreExactly() throws Exception {
        Path file = richProject("kollega.qdpx");
        RefiImportPlan plan = RefiImportPlan.of(QdpxImport.read(file, null), store);
        assertEquals(2, plan.addedDocumentCount());
        assertEquals(0, plan.matchedDocumentCount());
        assertEquals(2, plan.addedCodeCount());
        assertEquals(List.of("Intervju A", "Intervju B"), plan.addedDocumentNames());
        List<String> before = ProjectSnapshot.of(store);
        int casesBefore = store.project().getCases().size();

        ImportRefiCommand command = new ImportRefiCommand(store, plan);
        stack.execute(command);
        List<String> after = bothWays();

        assertEquals(2, store.documents().size());
        Document a = store.documents().get(0);
        assertEquals("Intervju A", a.getName());
        assertEquals(QdpxFixture.TEXT_A, store.text(a));
        assertEquals(List.of("Hur är stödet från chefen", "men för lite tid"), quotes(a));
        Coding first = a.getCodings().get(0);
        assertEquals("Karin", first.getCoder().getName());
        assertEquals(Instant.parse("2024-05-02T10:15:00Z"), first.getCreated().toInstant());
        Code trust = first.getCode();
        assertEquals("Tillit", trust.getLabelSv());
        assertEquals("#3366CC", trust.getColor());
        assertEquals("Förtroende i arbetet", trust.getDefinitionSv(), "the description: the definition (sv project)");
        assertEquals("Gäller även chefer.", trust.getMemo());
        assertEquals("Tid", trust.getChildren().get(0).getLabelSv());
        assertEquals(List.of(trust.getChildren().get(0)), store.codebook().getSets().stream()
                .filter(s -> "Centrala".equals(s.getLabelSv())).findFirst().orElseThrow().getMembers());
        Case chef = store.casesOf(a).get(0);
        assertEquals("Chef 1", chef.getName());
        assertEquals(1, store.casesOf(a).size(), "a document in a REFI case gives up the case of its own");
        assertEquals(casesBefore + 2, store.project().getCases().size(), "Chef 1 and Intervju B's own case");
        assertEquals("Chef", chef.getAttributeValues().get(0).getValue());
        String memo = store.project().getMemo();
        assertTrue(memo.contains("kollega.qdpx") && memo.contains("AudioSource") && memo.contains("Inspelning"), memo);

        stack.undo();
        assertEquals(before, bothWays(), "undo restores the project exactly");
        stack.redo();
        assertEquals(after, bothWays(), "redo brings back exactly what execute did");
        stack.undo();
        assertEquals(before, bothWays());
    }

    @Test
    void intoAProjectWithTheSameInterviewsCodingsJoinAndNothingExistingChanges() throws Exception {
        Path file = richProject("kollega.qdpx");
        Document mine = addInterview("min-intervju-a.txt", QdpxFixture.TEXT_A);
        Code tbsl = CodeTree.allCodes(store.codebook()).stream().filter(Code::isCodable).findFirst().orElseThrow();
        Coding own = TestCodings.coding(tbsl, 3, 10);
        own.setCoder(store.currentCoder());
        store.insertCoding(own, mine);
        // The colleague's codes: one the project has by GUID (an earlier exchange), one new.
        ImportRefiCommand firstImport = command(store, file);
        stack.execute(firstImport);
        Code theirTrust = codeWithGuid(QdpxFixture.CODE_TRUST);
        List<String> before = bothWays();
        String ownCoding = own.getGuid() + " " + own.getStart() + "-" + own.getEnd() + " " + own.getCoder().getName();

        Path again = richProject("kollega-igen.qdpx");
        RefiImportPlan plan = RefiImportPlan.of(QdpxImport.read(again, null), store);
        assertEquals(2, plan.matchedDocumentCount(), "matched by the SHA-256 of their text");
        assertEquals(0, plan.addedDocumentCount());
        assertEquals(List.of("min-intervju-a.txt", "Intervju B"), plan.matchedDocumentNames());
        assertEquals(2, plan.matchedCodeCount(), "codes matched by GUID");
        assertEquals(0, plan.addedCodeCount());
        assertTrue(plan.text().contains("Documents: 0 added, 2 already in the project"), plan.text());
        ImportRefiCommand second = new ImportRefiCommand(store, plan);
        stack.execute(second);

        assertEquals(ownCoding, own.getGuid() + " " + own.getStart() + "-" + own.getEnd() + " "
                + own.getCoder().getName(), "the project's own coding is untouched");
        assertEquals(3, mine.getCodings().size(), "the same codings are not repeated: own one + 2 from the first");
        assertEquals(3, second.report().entry("Coding the document has already (not repeated)").orElseThrow().count());
        assertSame(theirTrust, codeWithGuid(QdpxFixture.CODE_TRUST));
        stack.undo();
        assertEquals(before, bothWays());
    }

    @Test
    void theFilesDocumentsJoinACaseTheProjectHasAndUndoRedoRestoreExactly() throws Exception {
        Document mine = addInterview("chef-1-första.txt", "Första samtalet med chefen om tid och tillit.");
        Case chef = caseOf("Chef 1", mine);
        Path file = richProject("kollega.qdpx");
        RefiImportPlan plan = RefiImportPlan.of(QdpxImport.read(file, null), store);
        assertTrue(plan.text().contains("Cases: 0 added, 1 already in the project"), plan.text());
        List<String> before = bothWays();

        ImportRefiCommand command = new ImportRefiCommand(store, plan);
        stack.execute(command);
        Document theirs = store.documents().stream().filter(d -> d.getName().equals("Intervju A")).findFirst().orElseThrow();
        assertEquals(List.of(mine, theirs), chef.getDocuments(), "the colleague's interview joins the respondent's case");
        assertEquals(List.of(chef), store.casesOf(theirs), "and gives up the case of its own");
        assertEquals("Chef", store.attribute(chef, store.project().getAttributeDefinitions().stream()
                .filter(d -> "Roll".equals(d.getNameSv())).findFirst().orElseThrow()).orElse(null),
                "the case's value arrives too (it had none)");
        assertTrue(command.report().entries().stream().noneMatch(e -> e.what().contains("case")), command.report().text());
        List<String> after = bothWays();

        stack.undo();
        assertEquals(before, bothWays(), "undo: the case holds its own document alone again");
        assertEquals(List.of(mine), chef.getDocuments());
        stack.redo();
        assertEquals(after, bothWays());
    }

    /** A case of the project's own, holding the document. */
    private Case caseOf(String name, Document document) throws Exception {
        Case aCase = TillitFactory.eINSTANCE.createCase();
        aCase.setGuid(UUID.randomUUID().toString());
        aCase.setName(name);
        aCase.getDocuments().add(document);
        store.insertCase(aCase);
        return aCase;
    }

    @Test
    void codesAreMatchedByTheirPathOfNamesWhenTheGuidsDiffer() throws Exception {
        addInterview("a.txt", QdpxFixture.TEXT_A);
        stack.execute(command(store, QdpxFixture.twoInterviews().write(temp.resolve("first.qdpx"))));
        Code trust = codeWithGuid(QdpxFixture.CODE_TRUST);
        Code time = codeWithGuid(QdpxFixture.CODE_TIME);
        int codes = CodeTree.allCodes(store.codebook()).size();
        Path renamed = QdpxFixture.project(QdpxFixture.projectXml(QdpxFixture.codebook()
                .replace(QdpxFixture.CODE_TRUST, "6ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0101")
                .replace(QdpxFixture.CODE_TIME, "6ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0102")
                .replace("name='Tillit'", "name='tillit'")
                + "<Sources>" + QdpxFixture.textSource(QdpxFixture.SOURCE_B, "B", "internal://b.txt",
                        QdpxFixture.selection("6ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0303", 4, 27,
                                "6ad1c3d0-1b1e-4c58-9a43-1f1b2f0c0102"))
                + "</Sources>")).entry("sources/b.txt", QdpxFixture.TEXT_B).write(temp.resolve("renamed.qdpx"));
        RefiImportPlan plan = RefiImportPlan.of(QdpxImport.read(renamed, null), store);
        assertEquals(2, plan.matchedCodeCount());
        stack.execute(new ImportRefiCommand(store, plan));
        assertEquals(codes, CodeTree.allCodes(store.codebook()).size());
        assertTrue(store.codingsOf(time).stream().anyMatch(c -> c.getStart() == 4 && c.getEnd() == 27));
        assertEquals(2, store.codingsOf(trust).size(), "the matched code keeps its codings, gets none new");
    }

    @Test
    void aFailureAnywhereLeavesModelDatabaseAndStackAsBefore() throws Exception {
        Path file = richProject("kollega.qdpx");
        addInterview("a.txt", QdpxFixture.TEXT_A);
        // The file's case Chef 1 is the project's too: the file's interview A (matched) joins it.
        caseOf("Chef 1", addInterview("c.txt", "En annan chef berättar om tid."));
        for (String phase : List.of("execute", "undo", "redo")) {
            failEverywhere(file, phase);
        }
    }

    @Test
    void theImportSaysEachStepAndACancelAtAnyOfThemLeavesModelDatabaseAndStackAsBefore() throws Exception {
        Path file = richProject("kollega.qdpx");
        addInterview("a.txt", QdpxFixture.TEXT_A);
        List<String> before = bothWays();
        for (int cancelAt = 0;; cancelAt++) {
            CancelAtStep monitor = new CancelAtStep(cancelAt);
            ImportRefiCommand command = new ImportRefiCommand(store, RefiImportPlan.of(QdpxImport.read(file, null), store),
                    monitor);
            try {
                stack.execute(command);
            } catch (OperationCanceledException expected) {
                assertEquals(cancelAt, monitor.steps.size(), "cancelled where asked");
                assertEquals(before, bothWays(), "cancelled at step " + cancelAt + ": nothing was imported");
                assertFalse(stack.canUndo(), "cancelled at step " + cancelAt + ": nothing to undo");
                continue;
            }
            assertEquals(List.of("Adding the codebook", "Adding documents (1)", "Adding cases and attribute values",
                    "Placing the codings in the texts", "Storing codings (3)", "Adding the memos"), monitor.steps);
            assertEquals(monitor.total, monitor.worked, "all of the work done");
            assertNotEquals(before, bothWays(), "imported when not cancelled");
            return;
        }
    }

    /** Says cancelled once the import has named the given number of steps. */
    private static final class CancelAtStep extends NullProgressMonitor {
        private final int cancelAt;
        private final List<String> steps = new ArrayList<>();
        private int total = -1;
        private int worked;

        CancelAtStep(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void subTask(String name) {
            steps.add(name);
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public boolean isCanceled() {
            return steps.size() >= cancelAt;
        }
    }

    private void failEverywhere(Path file, String phase) throws Exception {
        for (int n = 1;; n++) {
            Path folder = temp.resolve(phase + n);
            copyProject(folder);
            ProjectStore real = new H2ProjectStoreFactory().openExisting(folder);
            try {
                FailingStore failing = FailingStore.around(real);
                ProjectStore proxy = failing.store();
                ProjectCommandStack commands = new ProjectCommandStack();
                ImportRefiCommand command = command(proxy, file);
                if (!phase.equals("execute")) {
                    commands.execute(command);
                }
                if (phase.equals("redo")) {
                    commands.undo();
                }
                List<String> before = ProjectSnapshot.of(real);
                Object undoable = commands.getUndoCommand();
                Object redoable = commands.getRedoCommand();
                failing.failAfter(n, FailingStore.kindOfFailure(n));
                Throwable thrown = attempt(commands, command, phase);
                if (!failing.failed()) {
                    assertNull(thrown, phase + " without a failure");
                    assertNotEquals(before, ProjectSnapshot.of(real), phase + " changed nothing");
                    assertTrue(n > 5, phase + " made " + (n - 1) + " store calls only");
                    return;
                }
                String at = phase + " failing after store call " + n;
                assertNotNull(thrown, at);
                assertEquals(before, ProjectSnapshot.of(real), at + ": the model is as before");
                assertSame(undoable, commands.getUndoCommand(), at + ": the command to undo");
                assertSame(redoable, commands.getRedoCommand(), at + ": the command to redo");
                real.close();
                real = new H2ProjectStoreFactory().openExisting(folder);
                assertEquals(before, ProjectSnapshot.of(real), at + ": the database is as before");
            } finally {
                real.close();
            }
        }
    }

    /** This test's project, copied to a folder of its own (closed and reopened around the copy). */
    private void copyProject(Path to) throws Exception {
        store.close();
        Path from = temp.resolve("project");
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
        store = new H2ProjectStoreFactory().openExisting(from);
    }

    private static Throwable attempt(ProjectCommandStack commands, ImportRefiCommand command, String phase) {
        try {
            switch (phase) {
                case "undo" -> commands.undo();
                case "redo" -> commands.redo();
                default -> commands.execute(command);
            }
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    // ---- helpers

    private Document addInterview(String name, String text) throws Exception {
        Path file = Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
        return store.addDocument(new NewDocument(name, file, "text/plain", SourceTexts.sha256(text), text, Map.of()));
    }

    private Code codeWithGuid(String guid) {
        return CodeTree.allCodes(store.codebook()).stream().filter(c -> c.getGuid().equals(guid)).findFirst()
                .orElseThrow(() -> new AssertionError("no code " + guid));
    }

    private List<String> quotes(Document document) throws ProjectStoreException {
        String text = store.text(document);
        return store.codingsIn(document).stream().map(c -> text.substring(text.offsetByCodePoints(0, c.getStart()),
                text.offsetByCodePoints(0, c.getEnd()))).toList();
    }

    /** The model's snapshot, checked against what a second, read-only store reads from the database. */
    private List<String> bothWays() throws ProjectStoreException {
        List<String> model = ProjectSnapshot.of(store);
        try (ProjectStore db = new H2ProjectStoreFactory().openReadOnly(store.location())) {
            assertEquals(model, ProjectSnapshot.of(db), "model and database");
        }
        return model;
    }
}
