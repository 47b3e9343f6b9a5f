package org.tillit.ui.widgets;

import java.util.Locale;
import java.util.function.ToIntBiFunction;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.tillit.model.Code;
import org.tillit.model.Codebook;
import org.tillit.model.codebook.CodeCounts;
import org.tillit.model.codebook.CodeFilter;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * The codebook as a tree: colour swatch and label per code, groups that are not codable in bold,
 * the definition as tooltip, and a filter that keeps matching codes with the path to them.
 */
public final class CodebookTree {

    private final Composite holder;
    private final TreeViewer viewer;
    /** Codings and documents per code, recomputed after each change of codings or codes. */
    private CodeCounts counts;
    private final ProjectStore store;
    private final ColorSwatches swatches;
    private Language language = Language.SV;
    private String filter = "";

    /** The tree reads the codebook under the store's lock: a background job may change it. */
    public CodebookTree(Composite parent, ProjectStore store) {
        this.store = store;
        holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout columns = new TreeColumnLayout();
        holder.setLayout(columns);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        WidgetIds.tag(viewer.getTree(), WidgetIds.CODEBOOK_TREE);
        viewer.getTree().setHeaderVisible(true);
        swatches = new ColorSwatches(parent.getDisplay());
        viewer.getTree().addDisposeListener(e -> swatches.dispose());
        viewer.setContentProvider(new CodeContent());
        column(columns, Messages.Codebook_code, SWT.LEFT, new ColumnWeightData(5, 120), new CodeLabels());
        column(columns, Messages.Codebook_codings, SWT.RIGHT, new ColumnPixelData(64),
                new CountLabel(Messages.Codebook_codingsTip, CodeCounts::codings, CodeCounts::codingsWithSubCodes));
        column(columns, Messages.Codebook_documents, SWT.RIGHT, new ColumnPixelData(56),
                new CountLabel(Messages.Codebook_documentsTip, CodeCounts::documents, CodeCounts::documentsWithSubCodes));
        countCodings();
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

    /** The codings changed: the counts are recomputed and the count columns drawn again. */
    public void codingsChanged() {
        countCodings();
        viewer.refresh(true);
    }

    private void countCodings() {
        counts = store.read(CodeCounts::of);
    }

    /** What to give a layout: the tree sits in a composite that sizes its columns. */
    public Composite holder() {
        return holder;
    }

    private void column(TreeColumnLayout columns, String title, int alignment, ColumnLayoutData width,
            ColumnLabelProvider labels) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        columns.setColumnData(column.getColumn(), width);
        column.setLabelProvider(labels);
    }

    /** Redraws after the codebook changed, keeping what was expanded and selected. */
    public void refresh() {
        countCodings();
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

    /** A count of a code's own codings (or documents), and with its sub-codes in brackets when it has any. */
    private final class CountLabel extends ColumnLabelProvider {
        private final String tip;
        private final ToIntBiFunction<CodeCounts, Code> own;
        private final ToIntBiFunction<CodeCounts, Code> withSubCodes;

        CountLabel(String tip, ToIntBiFunction<CodeCounts, Code> own, ToIntBiFunction<CodeCounts, Code> withSubCodes) {
            this.tip = tip;
            this.own = own;
            this.withSubCodes = withSubCodes;
        }

        @Override
        public String getText(Object element) {
            Code code = (Code) element;
            int mine = own.applyAsInt(counts, code);
            boolean hasSubCodes = store.read(p -> !code.getChildren().isEmpty());
            return hasSubCodes ? mine + " (" + withSubCodes.applyAsInt(counts, code) + ")" : Integer.toString(mine);
        }

        @Override
        public String getToolTipText(Object element) {
            Code code = (Code) element;
            return NLS.bind(tip, own.applyAsInt(counts, code), withSubCodes.applyAsInt(counts, code));
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
