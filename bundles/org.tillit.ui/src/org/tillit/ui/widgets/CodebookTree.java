package org.tillit.ui.widgets;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.tillit.model.Code;
import org.tillit.model.Codebook;
import org.tillit.model.codebook.Labels;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;

/** The codebook as a tree: colour swatch and label per code; groups that are not codable in bold. */
public final class CodebookTree {

    private final TreeViewer viewer;
    private final ColorSwatches swatches;
    private Language language = Language.SV;

    public CodebookTree(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        WidgetIds.tag(viewer.getTree(), WidgetIds.CODEBOOK_TREE);
        swatches = new ColorSwatches(parent.getDisplay());
        viewer.getTree().addDisposeListener(e -> swatches.dispose());
        viewer.setContentProvider(new CodeContent());
        viewer.setLabelProvider(new CodeLabels());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    public void show(Codebook codebook, Language showIn) {
        this.language = showIn;
        viewer.setInput(codebook);
        viewer.expandToLevel(2);
    }

    public Tree control() {
        return viewer.getTree();
    }

    public void setFocus() {
        viewer.getTree().setFocus();
    }

    private static final class CodeContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Codebook codebook ? codebook.getCodes().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((Code) parent).getChildren().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((Code) element).getParent();
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((Code) element).getChildren().isEmpty();
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
