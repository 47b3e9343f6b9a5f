package org.tillit.ui.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ChangeCodingCodeCommand;
import org.tillit.commands.EditTextCommand;
import org.tillit.commands.InVivoCodeCommand;
import org.tillit.commands.RemoveCodingCommand;
import org.tillit.commands.ResizeCodingCommand;
import org.tillit.model.Code;
import org.tillit.model.CodeSet;
import org.tillit.model.Codebook;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.model.coding.CodingSpan;
import org.tillit.model.text.TextRange;
import org.tillit.model.text.TextUnits;
import org.tillit.store.ProjectStore;
import org.tillit.store.TextEdit.RemovedCoding;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.l10n.Messages;

/**
 * What the user does in a coding editor, each change one undoable command: apply a code to the
 * selection (quick-code popup, favourite key, the last code again, the context menu), remove a
 * coding. Nothing selected means nothing to code: the editor says so in its context menu.
 */
public final class CodingActions implements CodingEditor.Actions {

    private final Shell shell;
    private final ProjectStore store;
    private final CommandRunner commands;
    private final CodingEditors editors;
    private final Supplier<Language> language;
    private final Supplier<CodingEditor> editor;
    private final Supplier<Document> document;
    private final Consumer<CodingSpan> selectionOut;
    private final FavouriteCodes favourites;
    private boolean dimInterviewer;

    public CodingActions(Shell shell, ProjectStore store, CommandRunner commands, CodingEditors editors,
            Supplier<Language> language, Supplier<CodingEditor> editor, Supplier<Document> document,
            Consumer<CodingSpan> selectionOut) {
        this.shell = shell;
        this.store = store;
        this.commands = commands;
        this.editors = editors;
        this.language = language;
        this.editor = editor;
        this.document = document;
        this.selectionOut = selectionOut;
        this.favourites = new FavouriteCodes(store);
    }

    /** Applies a code to the selected text; returns whether a coding was made. */
    public boolean apply(Code code) {
        int[] range = editor.get().selection();
        return range.length == 2 && apply(code, range[0], range[1]);
    }

    /** Applies a code to a range of the document (code points); returns whether a coding was made. */
    public boolean apply(Code code, int start, int end) {
        if (start >= end || code == null || !code.isCodable()) {
            shell.getDisplay().beep();
            return false;
        }
        editors.used(code);
        return commands.run(new ApplyCodeCommand(store, document.get(), code, start, end));
    }

    @Override
    public void codeDropped(Code code) {
        apply(code);
    }

    public String describe(CodingSpan span) {
        return store.read(project -> CodingDescription.of(span, language.get()));
    }

    @Override
    public void quickCode() {
        choose(Messages.QuickCode_title, this::apply);
    }

    /** Codes a unit around the caret (paragraph, speaker turn, whole document) with a code chosen in the popup. */
    public void codeUnit(TextRange unit) {
        if (unit == null || unit.isEmpty()) {
            shell.getDisplay().beep();
            return;
        }
        editor.get().selectText(unit.start(), unit.end());
        choose(Messages.QuickCode_title, code -> apply(code, unit.start(), unit.end()));
    }

    /** In vivo: a new code named by the selected words, under a parent chosen in the popup, applied at once. */
    @Override
    public void inVivo() {
        int[] range = editor.get().selection();
        if (range.length < 2) {
            shell.getDisplay().beep();
            return;
        }
        List<Code> parents = store.read(project -> CodeTree.allCodes(project.getCodebook()));
        new QuickCodePopup(shell, Messages.QuickCode_inVivoUnder, parents, List.of(), language.get(), popupLocation(), true,
                parent -> {
                    try {
                        InVivoCodeCommand command = new InVivoCodeCommand(store, document.get(), parent, range[0], range[1]);
                        if (commands.run(command)) {
                            editors.used(command.code());
                        }
                    } catch (IllegalArgumentException blank) {
                        shell.getDisplay().beep(); // nothing but spaces selected
                    }
                }).open();
    }

    @Override
    public void textEdited(int start, int end, String replacement) {
        EditTextCommand edit = new EditTextCommand(store, document.get(), start, end, replacement);
        if (commands.run(edit) && !edit.removedCodings().isEmpty()) {
            tellRemoved(edit.removedCodings());
        }
    }

    /** Codings whose whole text an edit deleted are gone (Undo brings them back): the user is told which. */
    private void tellRemoved(List<RemovedCoding> removed) {
        StringBuilder list = new StringBuilder();
        store.read(project -> {
            for (RemovedCoding gone : removed) {
                list.append("\n• ").append(Labels.label(gone.coding().getCode(), language.get())).append(": \u201C")
                        .append(gone.text().strip()).append('\u201D');
            }
            return null;
        });
        MessageDialog.openInformation(shell, Messages.EditMode_removedTitle,
                NLS.bind(Messages.EditMode_removed, removed.size(), list.toString()));
    }

    /** Gives a coding another code, chosen in the popup. */
    public void changeCode(CodingSpan span) {
        choose(NLS.bind(Messages.QuickCode_changeTo, label(span.code())),
                code -> commands.run(new ChangeCodingCodeCommand(store, span.coding(), code)));
    }

    private void choose(String title, Consumer<Code> onChoice) {
        List<Code> codable = store.read(project -> CodeTree.allCodes(project.getCodebook()).stream()
                .filter(Code::isCodable).toList());
        new QuickCodePopup(shell, title, codable, editors.recent(store), language.get(), popupLocation(), false, code -> {
            if (code != null) {
                onChoice.accept(code);
            }
        }).open();
    }

    /** Codes the selection with the favourite code on Ctrl+number. */
    public void favourite(int number) {
        favourites.get(number).ifPresentOrElse(this::apply, () -> shell.getDisplay().beep());
    }

    /** Codes the selection with the code used last. */
    public void codeAgain() {
        List<Code> recent = editors.recent(store);
        if (recent.isEmpty()) {
            shell.getDisplay().beep();
        } else {
            apply(recent.get(0));
        }
    }

    @Override
    public void removeSelectedCoding() {
        CodingSpan selected = editor.get().selectedCoding();
        if (selected != null) {
            remove(selected);
        }
    }

    /** Moves the start or end of the selected coding by some characters, never past its other end. */
    public void resizeSelected(boolean start, int by) {
        CodingSpan selected = editor.get().selectedCoding();
        if (selected == null) {
            return;
        }
        int length = editor.get().content().length();
        int newStart = start ? Math.max(0, Math.min(selected.start() + by, selected.end() - 1)) : selected.start();
        int newEnd = start ? selected.end() : Math.min(length, Math.max(selected.end() + by, selected.start() + 1));
        if (newStart == selected.start() && newEnd == selected.end()) {
            shell.getDisplay().beep();
            return;
        }
        resize(selected, newStart, newEnd);
    }

    @Override
    public void resize(CodingSpan coding, int start, int end) {
        commands.run(new ResizeCodingCommand(store, coding.coding(), start, end));
    }

    @Override
    public void codingSelected(CodingSpan span) {
        selectionOut.accept(span);
    }

    @Override
    public void fillContextMenu(MenuManager menu) {
        boolean hasSelection = editor.get().selection().length == 2;
        menu.add(enabled(action(Messages.CodingMenu_quickCode, this::quickCode), hasSelection));
        MenuManager codeWith = new MenuManager(Messages.CodingMenu_codeWith);
        List<Code> recent = editors.recent(store);
        for (Code code : recent) {
            codeWith.add(enabled(action(label(code), () -> apply(code)), hasSelection));
        }
        if (recent.isEmpty()) {
            codeWith.add(enabled(action(Messages.CodingMenu_noRecentCodes, () -> { }), false));
        }
        menu.add(codeWith);
        if (!recent.isEmpty()) {
            menu.add(enabled(action(NLS.bind(Messages.CodingMenu_codeAgain, label(recent.get(0))), this::codeAgain),
                    hasSelection));
        }
        menu.add(enabled(action(Messages.CodingMenu_inVivo, this::inVivo), hasSelection));
        MenuManager units = new MenuManager(Messages.CodingMenu_codeUnit);
        units.add(action(Messages.CodingMenu_paragraph, () -> codeUnit(unitAtCaret(Unit.PARAGRAPH))));
        units.add(action(Messages.CodingMenu_turn, () -> codeUnit(unitAtCaret(Unit.TURN))));
        units.add(action(Messages.CodingMenu_document, () -> codeUnit(unitAtCaret(Unit.DOCUMENT))));
        menu.add(units);
        List<CodingSpan> here = editor.get().codingsAtCaret();
        if (!here.isEmpty()) {
            menu.add(new Separator());
            for (CodingSpan span : here) {
                menu.add(action(NLS.bind(Messages.CodingMenu_selectCoding, label(span.code())), () -> {
                    editor.get().select(span);
                    codingSelected(span);
                }));
            }
            for (CodingSpan span : here) {
                menu.add(action(NLS.bind(Messages.CodingMenu_changeCode, label(span.code())), () -> changeCode(span)));
            }
            for (CodingSpan span : here) {
                menu.add(action(NLS.bind(Messages.CodingMenu_removeCoding, label(span.code())), () -> remove(span)));
            }
        }
        menu.add(new Separator());
        IAction dim = new Action(Messages.CodingMenu_dimInterviewer, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                dimInterviewer = isChecked();
                editor.get().dimInterviewer(dimInterviewer);
            }
        };
        dim.setChecked(dimInterviewer);
        menu.add(dim);
    }

    @Override
    public void fillHighlightMenu(MenuManager menu) {
        menu.add(action(Messages.Highlight_all, () -> editor.get().showOnly(Messages.Highlight_all, code -> true)));
        store.read(project -> {
            Codebook codebook = project.getCodebook();
            if (!codebook.getSets().isEmpty()) {
                menu.add(new Separator());
            }
            for (CodeSet set : codebook.getSets()) {
                String label = NLS.bind(Messages.Highlight_set, Labels.label(set, language.get()));
                Set<Code> members = new HashSet<>();
                set.getMembers().forEach(member -> members.addAll(CodeTree.subtree(member)));
                menu.add(action(label, () -> editor.get().showOnly(label, members::contains)));
            }
            menu.add(new Separator());
            for (Code group : codebook.getCodes()) {
                String label = NLS.bind(Messages.Highlight_group, Labels.label(group, language.get()));
                Set<Code> codes = new HashSet<>(CodeTree.subtree(group));
                menu.add(action(label, () -> editor.get().showOnly(label, codes::contains)));
            }
            return null;
        });
    }

    @Override
    public void fillCoderMenu(MenuManager menu) {
        CoderMenu.fill(menu, store, editor);
    }

    /** The units a whole coding can cover with one action. */
    public enum Unit {
        PARAGRAPH, TURN, DOCUMENT
    }

    /** The paragraph, speaker turn or document around the caret (or the selection's start). */
    public TextRange unitAtCaret(Unit unit) {
        int[] range = editor.get().selection();
        int at = range.length == 2 ? range[0] : editor.get().caret();
        Document shown = document.get();
        String text = editor.get().content().text();
        return store.read(project -> switch (unit) {
            case PARAGRAPH -> TextUnits.paragraphAt(shown, text, at);
            case TURN -> TextUnits.turnAt(shown, at).map(TextRange::of).orElse(null);
            case DOCUMENT -> TextUnits.wholeDocument(shown);
        });
    }

    private void remove(CodingSpan span) {
        commands.run(new RemoveCodingCommand(store, span.coding()));
    }

    private String label(Code code) {
        return store.read(project -> Labels.label(code, language.get()));
    }

    private Point popupLocation() {
        StyledText text = editor.get().textWidget();
        Point caret = text.getLocationAtOffset(text.getCaretOffset());
        return text.toDisplay(caret.x, caret.y + text.getLineHeight());
    }

    private static IAction action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static IAction enabled(IAction action, boolean enabled) {
        action.setEnabled(enabled);
        return action;
    }
}
