package org.tillit.ui.widgets;

import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.tillit.model.Code;
import org.tillit.model.Codebook;
import org.tillit.model.codebook.CodeFilter;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;

/**
 * The codebook as a tree: colour swatch and label per code, groups that are not codable in bold,
 * the definition as tooltip, and a filter that keeps matching codes with the path to them.
 */
public final class CodebookTree {

    private final TreeViewer viewer;
    private final ProjectStore store;
    private final ColorSwatches swatches;
    private Language language = Language.SV;
    private String filter = "";

    /** The tree reads the codebook under the store's lock: a background job may change it. */
    public CodebookTree(Composite parent, ProjectStore store) {
        this.store = store;
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.CODEBOOK_TREE);
        swatches = new ColorSwatches(parent.getDisplay());
        viewer.getTree().addDisposeListener(e -> swatches.dispose());
        viewer.setContentProvider(new CodeContent());
        viewer.setLabelProvider(new CodeLabels());
        viewer.setFilters(new MatchingCodes());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    public void show(Codebook codebook, Language showIn) {
        this.language = showIn;
        viewer.setInput(codebook);
        viewer.expandToLevel(2);
    }

    public void setLanguage(Language showIn) {
        this.language = showIn;
        viewer.refresh(true);
    }

    public Language language() {
        return language;
    }

    /** Redraws after the codebook changed, keeping what was expanded and selected. */
    public void refresh() {
        Object[] expanded = viewer.getExpandedElements();
        viewer.refresh(true);
        viewer.setExpandedElements(expanded);
    }

    /** Shows only codes whose label (in either language) contains the text, and their parents. */
    public void setFilter(String text) {
        filter = text.strip().toLowerCase(Locale.ROOT);
        viewer.refresh();
        if (filter.isEmpty()) {
            viewer.collapseAll();
            viewer.expandToLevel(2);
        } else {
            viewer.expandAll();
        }
    }

    public Code selected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof Code code ? code : null;
    }

    public void select(Code code) {
        viewer.setSelection(code == null ? StructuredSelection.EMPTY : new StructuredSelection(code), true);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public Tree control() {
        return viewer.getTree();
    }

    public void setFocus() {
        viewer.getTree().setFocus();
    }

    private boolean matches(Code code) {
        return CodeFilter.of(filter).matches(code);
    }

    private boolean matchesOrHasMatch(Code code) {
        if (matches(code)) {
            return true;
        }
        for (Code child : code.getChildren()) {
            if (matchesOrHasMatch(child)) {
                return true;
            }
        }
        return false;
    }

    private final class MatchingCodes extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            return filter.isEmpty() || store.read(p -> matchesOrHasMatch((Code) element));
        }
    }

    private final class CodeContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Codebook codebook ? store.read(p -> codebook.getCodes().toArray()) : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return store.read(p -> ((Code) parent).getChildren().toArray());
        }

        @Override
        public Object getParent(Object element) {
            return store.read(p -> ((Code) element).getParent());
        }

        @Override
        public boolean hasChildren(Object element) {
            return store.read(p -> !((Code) element).getChildren().isEmpty());
        }
    }

    private final class CodeLabels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return Labels.label((Code) element, language);
        }

        @Override
        public Image getImage(Object element) {
            return swatches.of(((Code) element).getColor());
        }

        @Override
        public Font getFont(Object element) {
            return ((Code) element).isCodable() ? null : JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        }

        @Override
        public String getToolTipText(Object element) {
            String definition = Labels.definition((Code) element, language);
            return definition.isEmpty() ? null : definition;
        }
    }
}
