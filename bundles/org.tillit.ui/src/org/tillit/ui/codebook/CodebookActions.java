package org.tillit.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.MoveCodeCommand;
import org.tillit.model.Code;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.commands.CommandRunner;

/** What the Codebook view's buttons and menu do: ask, then run one undoable command. */
public final class CodebookActions {

    private static final String NEW_CODE_COLOR = "#FFE08A";

    private final Shell shell;
    private final ProjectStore store;
    private final CommandRunner commands;
    private final Supplier<Language> language;

    public CodebookActions(Shell shell, ProjectStore store, CommandRunner commands, Supplier<Language> language) {
        this.shell = shell;
        this.store = store;
        this.commands = commands;
        this.language = language;
    }

    /** Adds a code after the selected one (at the top level when nothing is selected). */
    public Code addCode(Code selected) {
        Code parent = selected == null ? null : selected.getParent();
        int index = selected == null ? store.codebook().getCodes().size() : siblings(parent).indexOf(selected) + 1;
        return add(parent, index, "New Code", "Add a code next to the selected one.");
    }

    /** Adds a code as the last sub-code of the selected one. */
    public Code addSubCode(Code selected) {
        if (selected == null) {
            return addCode(null);
        }
        return add(selected, selected.getChildren().size(), "New Sub-code",
                "Add a sub-code under '" + name(selected) + "'.");
    }

    private Code add(Code parent, int index, String title, String message) {
        CodeLabelsDialog dialog = new CodeLabelsDialog(shell, title, message, "", "");
        if (dialog.open() != Window.OK) {
            return null;
        }
        String color = parent == null ? NEW_CODE_COLOR : parent.getColor();
        AddCodeCommand add = new AddCodeCommand(store, parent, index, dialog.labelSv(), dialog.labelEn(), color);
        return commands.run(add) ? add.code() : null;
    }

    public void rename(Code code) {
        CodeLabelsDialog dialog = new CodeLabelsDialog(shell, "Rename Code", "New labels for '" + name(code) + "'.",
                code.getLabelSv(), code.getLabelEn());
        if (dialog.open() == Window.OK) {
            commands.run(ChangeCodeCommand.rename(store, code, dialog.labelSv(), dialog.labelEn()));
        }
    }

    public void recolour(Code code) {
        ColorDialog dialog = new ColorDialog(shell);
        dialog.setText("Colour of '" + name(code) + "'");
        dialog.setRGB(ColorSwatch.parse(code.getColor()));
        RGB chosen = dialog.open();
        if (chosen != null) {
            commands.run(ChangeCodeCommand.recolour(store, code, ColorSwatch.hex(chosen)));
        }
    }

    public void define(Code code) {
        CodeDefinitionDialog dialog = new CodeDefinitionDialog(shell, name(code), code.getDefinitionSv(),
                code.getDefinitionEn());
        if (dialog.open() == Window.OK) {
            commands.run(ChangeCodeCommand.redefine(store, code, dialog.definitionSv(), dialog.definitionEn()));
        }
    }

    public void merge(Code source) {
        List<Code> candidates = new ArrayList<>();
        store.codebook().eAllContents().forEachRemaining(o -> {
            if (o instanceof Code code && code != source && !isInside(code, source)) {
                candidates.add(code);
            }
        });
        candidates.sort((a, b) -> name(a).toLowerCase(Locale.ROOT).compareTo(name(b).toLowerCase(Locale.ROOT)));
        MergeTargetDialog dialog = new MergeTargetDialog(shell, name(source), candidates, language.get());
        if (dialog.open() == Window.OK && dialog.target() != null) {
            commands.run(new MergeCodesCommand(store, source, dialog.target()));
        }
    }

    public void delete(Code code) {
        DeleteCodeCommand delete = new DeleteCodeCommand(store, code);
        int codings = delete.codingCount();
        int subCodes = CodeTreeInfo.descendants(code);
        String consequence = (subCodes > 0 ? " and its " + subCodes + " sub-codes" : "")
                + (codings > 0 ? ", with " + codings + (codings == 1 ? " coding" : " codings") : "");
        if (MessageDialog.openConfirm(shell, "Delete Code",
                "Delete '" + name(code) + "'" + consequence + "?\n\nEdit > Undo brings everything back.")) {
            commands.run(delete);
        }
    }

    /** Moves a code (from drag and drop) under a new parent at an index. */
    public void move(Code code, Code newParent, int index) {
        if (newParent == code || (newParent != null && isInside(newParent, code))) {
            return;
        }
        commands.run(new MoveCodeCommand(store, code, newParent, index));
    }

    private static boolean isInside(Code code, Code ancestor) {
        for (Code c = code.getParent(); c != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Code> siblings(Code parent) {
        return parent == null ? store.codebook().getCodes() : parent.getChildren();
    }

    private String name(Code code) {
        return Labels.label(code, language.get());
    }
}
