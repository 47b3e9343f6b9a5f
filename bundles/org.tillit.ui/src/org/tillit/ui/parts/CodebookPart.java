package org.tillit.ui.parts;

import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.tillit.model.Code;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.StoreChange;
import org.tillit.ui.TillitEvents;
import org.tillit.ui.codebook.CodebookActions;
import org.tillit.ui.codebook.CodebookLanguage;
import org.tillit.ui.coding.CodingEditors;
import org.tillit.ui.coding.FavouriteCodes;
import org.tillit.ui.commands.CommandRunner;
import org.tillit.ui.export.ExportSource;
import org.tillit.ui.export.ExportSources;
import org.tillit.ui.export.Exportable;
import org.tillit.ui.widgets.CodeDragAndDrop;
import org.tillit.ui.widgets.CodebookMenu;
import org.tillit.ui.widgets.CodebookToolbar;
import org.tillit.ui.widgets.CodebookTree;

/**
 * Codebook view: the code tree, filtered as you type, edited through undoable commands; File &gt;
 * Export… writes it for an article's appendix (Word or Markdown, in the language shown).
 */
public final class CodebookPart implements Exportable {

    public static final String ID = "org.tillit.ui.part.codebook";

    @Inject
    private ProjectStore store;
    @Inject
    private CommandRunner commands;
    @Inject
    private CodingEditors editors;
    @Inject
    private ESelectionService selection;

    private CodebookTree tree;
    private CodebookToolbar toolbar;
    private FavouriteCodes favourites;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        parent.setLayout(layout);
        favourites = new FavouriteCodes(store);
        Language language = CodebookLanguage.get(store.project().getLanguage());
        CodebookActions actions = new CodebookActions(parent.getShell(), store, commands, () -> tree.language());
        CodebookToolbar.Actions onSelection = new CodebookToolbar.Actions() {
            @Override
            public void add() {
                tree.select(actions.addCode(tree.selected()));
            }

            @Override
            public void addSub() {
                tree.select(actions.addSubCode(tree.selected()));
            }

            @Override
            public void rename() {
                withSelection(actions::rename);
            }

            @Override
            public void recolour() {
                withSelection(actions::recolour);
            }

            @Override
            public void define() {
                withSelection(actions::define);
            }

            @Override
            public void merge() {
                withSelection(actions::merge);
            }

            @Override
            public void delete() {
                withSelection(actions::delete);
            }
        };
        toolbar = new CodebookToolbar(parent, onSelection, text -> tree.setFilter(text), this::showIn);
        tree = new CodebookTree(parent, store);
        tree.holder().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.show(store.codebook(), language);
        toolbar.showLanguage(language);
        CodebookMenu.attach(tree.control(), onSelection, new CodebookMenu.Coding() {
            @Override
            public void applyToSelection() {
                withSelection(CodebookPart.this::applyInEditor);
            }

            @Override
            public int favouriteNumber() {
                Code selected = tree.selected();
                return selected == null ? -1 : favourites.numberOf(selected);
            }

            @Override
            public void assignFavourite(int number) {
                withSelection(code -> favourites.assign(code, number));
            }
        });
        tree.viewer().addDoubleClickListener(e -> withSelection(this::applyInEditor));
        tree.viewer().addSelectionChangedListener(e -> selection.setSelection(e.getStructuredSelection().getFirstElement()));
        CodeDragAndDrop.attach(tree.viewer(), actions::move,
                (text, code) -> editors.open(text.document()).actions().apply(code, text.start(), text.end()));
    }

    /** A double-click codes the text selected in the coding editor used last, if there is one. */
    private void applyInEditor(Code code) {
        editors.current().ifPresent(editor -> editor.apply(code));
    }

    private void withSelection(Consumer<Code> action) {
        Code selected = tree.selected();
        if (selected != null) {
            action.accept(selected);
        }
    }

    @Override
    public ExportSource exportSource() {
        return tree == null ? null : ExportSources.codebook(store, tree.language());
    }

    private void showIn(Language language) {
        CodebookLanguage.set(language);
        tree.setLanguage(language);
    }

    @Inject
    @Optional
    void codebookChanged(@UIEventTopic(TillitEvents.CODEBOOK_CHANGED) StoreChange changed) {
        if (tree != null && changed.store() == store) {
            tree.refresh();
        }
    }

    /** Counts follow the coding as it happens. */
    @Inject
    @Optional
    void codingsChanged(@UIEventTopic(TillitEvents.CODINGS_CHANGED) StoreChange changed) {
        if (tree != null && changed.store() == store) {
            tree.codingsChanged();
        }
    }

    /** The code selected in the tree; null for none (or before the view is made). */
    public Code selectedCode() {
        return tree == null || tree.viewer().getControl().isDisposed() ? null : tree.selected();
    }

    @Focus
    public void setFocus() {
        tree.setFocus();
    }
}
