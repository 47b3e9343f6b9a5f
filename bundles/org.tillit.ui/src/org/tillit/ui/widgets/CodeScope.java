package org.tillit.ui.widgets;

import java.util.Collection;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.model.Code;
import org.tillit.ui.WidgetIds;

/**
 * Which codes a query view asks about: every code, or the code selected in the Codebook view with
 * its sub-codes, and beside the choice the chosen code's path (or what to do when none is). Two
 * widgets in the parent's layout: the choice, then the label, which takes the room left.
 */
public final class CodeScope {

    /** The texts a view gives its choice and label. */
    public record Texts(String allCodes, String selectedCode, String chooseCode, String codeChosen) {
    }

    private final Combo scope;
    private final Label code;
    private final Texts texts;
    private Code chosen;
    private String chosenPath;

    public CodeScope(Composite parent, String scopeId, String codeId, Texts texts, Runnable onChange) {
        this.texts = texts;
        scope = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), scopeId);
        scope.setItems(texts.allCodes(), texts.selectedCode());
        scope.select(0);
        code = WidgetIds.tag(new Label(parent, SWT.NONE), codeId);
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        show();
        scope.addListener(SWT.Selection, e -> {
            show();
            onChange.run();
        });
    }

    /** The Codebook view's code (null: none), with its path as shown. */
    public void choose(Code selected, String path) {
        chosen = selected;
        chosenPath = path;
        show();
    }

    /** Forgets the chosen code when the codebook no longer has it (deleted or merged meanwhile). */
    public void keepOnlyIn(Collection<Code> codebook) {
        if (chosen != null && !codebook.contains(chosen)) {
            choose(null, null);
        }
    }

    /** Every code; else the chosen code with its sub-codes. */
    public boolean allCodes() {
        return scope.getSelectionIndex() <= 0;
    }

    /** The Codebook view's code; null when none is selected. */
    public Code chosen() {
        return chosen;
    }

    /** Whether there is anything to ask: every code, or a chosen one. */
    public boolean complete() {
        return allCodes() || chosen != null;
    }

    public Combo control() {
        return scope;
    }

    private void show() {
        code.setText(allCodes() ? "" : chosen == null ? texts.chooseCode() : NLS.bind(texts.codeChosen(), chosenPath));
        code.setToolTipText(code.getText());
        code.getParent().layout();
    }
}
