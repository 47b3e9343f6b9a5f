package org.tillit.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.AddCodeCommand;
import org.tillit.commands.ChangeCodeCommand;
import org.tillit.commands.DeleteCodeCommand;
import org.tillit.commands.MergeCodesCommand;
import org.tillit.commands.MoveCodeCommand;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.l10n.Messages;

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
        int index = selected == null ? store.codebook().getCodes().size() : CodeTree.indexOf(selected) + 1;
        return add(parent, index, Messages.Codebook_newCode, Messages.Codebook_newCodeMessage);
    }

    /** Adds a code as the last sub-code of the selected one. */
    public Code addSubCode(Code selected) {
        if (selected == null) {
            return addCode(null);
        }
        return add(selected, selected.getChildren().size(), Messages.Codebook_newSubCode,
                NLS.bind(Messages.Codebook_newSubCodeMessage, name(selected)));
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
        CodeLabelsDialog dialog = new CodeLabelsDialog(shell, Messages.Codebook_rename,
                NLS.bind(Messages.Codebook_renameMessage, name(code)),
                code.getLabelSv(), code.getLabelEn());
        if (dialog.open() == Window.OK) {
            commands.run(ChangeCodeCommand.rename(store, code, dialog.labelSv(), dialog.labelEn()));
        }
    }

    public void recolour(Code code) {
        ColorDialog dialog = new ColorDialog(shell);
        dialog.setText(NLS.bind(Messages.Codebook_colourOf, name(code)));
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
        List<Code> candidates = new ArrayList<>(CodeTree.allCodes(store.codebook()));
        candidates.removeIf(code -> CodeTree.isInside(code, source));
        candidates.sort((a, b) -> name(a).toLowerCase(Locale.ROOT).compareTo(name(b).toLowerCase(Locale.ROOT)));
        MergeTargetDialog dialog = new MergeTargetDialog(shell, name(source), candidates, language.get());
        if (dialog.open() == Window.OK && dialog.target() != null) {
            commands.run(new MergeCodesCommand(store, source, dialog.target()));
        }
    }

    public void delete(Code code) {
        DeleteCodeCommand delete = new DeleteCodeCommand(store, code);
        int codings = delete.codingCount();
        if (MessageDialog.openConfirm(shell, Messages.Codebook_delete,
                deleteQuestion(name(code), CodeTree.descendants(code), codings))) {
            commands.run(delete);
        }
    }

    /** Moves a code (from drag and drop) under a new parent at an index. */
    public void move(Code code, Code newParent, int index) {
        if (newParent != null && CodeTree.isInside(newParent, code)) {
            return;
        }
        commands.run(new MoveCodeCommand(store, code, newParent, index));
    }

    /** "Delete 'Stöd' and its 2 sub-codes, with 5 codings?", plural or not in each language. */
    private static String deleteQuestion(String name, int subCodes, int codings) {
        String consequence = (subCodes > 0 ? NLS.bind(Messages.Codebook_deleteSubCodes, subCodes) : "")
                + (codings == 1 ? Messages.Codebook_deleteOneCoding
                        : codings > 1 ? NLS.bind(Messages.Codebook_deleteCodings, codings) : "");
        return NLS.bind(Messages.Codebook_deleteQuestion, name, consequence);
    }

    private String name(Code code) {
        return Labels.label(code, language.get());
    }
}
