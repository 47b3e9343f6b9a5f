package org.tillit.commands.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.AutocodeCommand;
import org.tillit.commands.ChangeAttributesCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.ChangeCodingCodeCommand;
import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.DeleteDocumentCommand;
import org.tillit.commands.EditMemoCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.ImportDocumentsCommand;
import org.tillit.commands.InVivoCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.MoveCodeCommand;
import org.tillit.commands.ProjectCommandStack.AlreadyExecuted;
import org.tillit.commands.RemoveCodingCommand;
import org.tillit.commands.ReplaceAllCommand;
import org.tillit.commands.ResizeCodingCommand;
import org.tillit.commands.SetAttributeCommand;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.AttributeType;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.TillitFactory;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.query.TextSpan;
import org.tillit.store.AttributeChanges.Assignment;
import org.tillit.testing.store.FailingStore;

/**
 * Every command fails halfway on purpose, after its 1st, 2nd, ... store call, in execute, undo
 * and redo, with a runtime exception, a store exception or an error: each time the model and the
 * database are exactly as before, and the command stack is unchanged.
 */
class CompositeFailureTest {

    @TempDir
    Path temp;

    private enum Phase {
        EXECUTE, UNDO, REDO
    }

    @Test
    void mergeCodes() throws Exception {
        everyPhase("merge", f -> new MergeCodesCommand(f.store, f.x, f.z));
    }

    @Test
    void deleteCode() throws Exception {
        everyPhase("delete-code", f -> new DeleteCodeCommand(f.store, f.x));
    }

    @Test
    void deleteDocument() throws Exception {
        everyPhase("delete-document", f -> new DeleteDocumentCommand(f.store, f.first));
    }

    @Test
    void importAndItsUndo() throws Exception {
        for (Phase phase : List.of(Phase.UNDO, Phase.REDO)) {
            failEverywhere("import", phase, f -> new ImportDocumentsCommand(f.store, List.of(f.first, f.second)));
        }
    }

    @Test
    void autocodeIntoANewCodePath() throws Exception {
        everyPhase("autocode-new", f -> new AutocodeCommand(f.store, "Autokodat/Tid",
                List.of(new TextSpan(f.first, 3, 10), new TextSpan(f.second, 0, 4), new TextSpan(f.second, 20, 30))));
    }

    @Test
    void autocodeWithAnExistingCode() throws Exception {
        everyPhase("autocode", f -> new AutocodeCommand(f.store, CodePaths.of(f.z, Language.SV),
                List.of(new TextSpan(f.first, 3, 10), new TextSpan(f.second, 12, 20))));
    }

    @Test
    void attributeSheet() throws Exception {
        everyPhase("attributes", f -> {
            AttributeDefinition years = TillitFactory.eINSTANCE.createAttributeDefinition();
            years.setGuid("00000000-0000-0000-0000-00000000000" + 1);
            years.setNameSv("År som chef");
            years.setNameEn("Years as manager");
            years.setType(AttributeType.NUMBER);
            return new ChangeAttributesCommand(f.store, "Import attributes", List.of(years),
                    List.of(new Assignment(f.first, years, "12"), new Assignment(f.second, f.role, "Medarbetare"),
                            new Assignment(f.first, f.role, null)));
        });
    }

    @Test
    void singleChanges() throws Exception {
        everyPhase("apply", f -> new ApplyCodeCommand(f.store, f.second, f.x, 10, 20));
        everyPhase("remove-coding", f -> new RemoveCodingCommand(f.store, f.first.getCodings().get(0)));
        everyPhase("resize", f -> new ResizeCodingCommand(f.store, f.first.getCodings().get(0), 1, 30));
        everyPhase("rename", f -> ChangeCodeCommand.rename(f.store, f.x, "Nytt namn", "New name"));
        everyPhase("move", f -> new MoveCodeCommand(f.store, f.x, f.z, 0));
        everyPhase("add", f -> new AddCodeCommand(f.store, f.x, 0, "Ny", "New", "#112233"));
        everyPhase("memo", f -> new EditMemoCommand(f.store, f.second, "Intervjun avbröts."));
        everyPhase("attribute", f -> new SetAttributeCommand(f.store, f.second, f.role, "Medarbetare"));
    }

    @Test
    void codingEditorChanges() throws Exception {
        everyPhase("apply-joining", f -> new ApplyCodeCommand(f.store, f.first, f.x, 4, 11));
        everyPhase("change-code-joining", f -> new ChangeCodingCodeCommand(f.store, codingOf(f.first, f.y), f.x));
        everyPhase("in-vivo", f -> new InVivoCodeCommand(f.store, f.first, f.x, 12, 20));
        everyPhase("edit-text", f -> new EditTextCommand(f.store, f.first, 4, 12, "😀 𠀀"));
        everyPhase("replace-all", f -> new ReplaceAllCommand(f.store, "och", "& ", true, true));
    }

    private static Coding codingOf(Document document, Code code) {
        return document.getCodings().stream().filter(c -> c.getCode() == code).findFirst().orElseThrow();
    }

    private void everyPhase(String name, Function<FailureFixture, Command> command) throws Exception {
        for (Phase phase : Phase.values()) {
            failEverywhere(name, phase, command);
        }
    }

    /** Fails after the 1st store call, then the 2nd, ..., until the command gets through whole. */
    private void failEverywhere(String name, Phase phase, Function<FailureFixture, Command> build) throws Exception {
        for (int n = 1;; n++) {
            try (FailureFixture f = new FailureFixture(temp.resolve(name + "-" + phase + "-" + n))) {
                Command command = build.apply(f);
                prepare(f, command, phase);
                List<String> before = f.snapshot();
                Command undoable = f.stack.getUndoCommand();
                Command redoable = f.stack.getRedoCommand();
                f.failing.failAfter(n, FailingStore.kindOfFailure(n));
                Throwable thrown = attempt(f, command, phase);
                if (!f.failing.failed()) {
                    assertEquals(null, thrown, name + " " + phase + " without a failure");
                    assertNotEquals(before, f.snapshot(), name + " " + phase + " changed nothing");
                    assertTrue(n > 1, name + " " + phase + " made no store call");
                    return;
                }
                String at = name + " " + phase + " failing after store call " + n;
                assertNotNull(thrown, at + ": the failure reached the caller");
                assertEquals(before, f.snapshot(), at + ": the model is as before");
                assertSame(undoable, f.stack.getUndoCommand(), at + ": the command to undo");
                assertSame(redoable, f.stack.getRedoCommand(), at + ": the command to redo");
                assertEquals(before, f.reopened(), at + ": the database is as before");
            }
        }
    }

    private static void prepare(FailureFixture f, Command command, Phase phase) {
        if (phase == Phase.EXECUTE) {
            return;
        }
        if (command instanceof AlreadyExecuted executed) {
            f.stack.pushExecuted(executed);
        } else {
            f.stack.execute(command);
        }
        if (phase == Phase.REDO) {
            f.stack.undo();
        }
    }

    private static Throwable attempt(FailureFixture f, Command command, Phase phase) {
        try {
            switch (phase) {
                case EXECUTE -> f.stack.execute(command);
                case UNDO -> f.stack.undo();
                case REDO -> f.stack.redo();
            }
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }
}
