package org.tillit.ui.codepicker;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.Code;
import org.tillit.model.codebook.Language;
import org.tillit.ui.widgets.TitledDialog;

/** A dialog around a {@link CodePicker}: type to filter, Enter (or OK) chooses the highlighted code. */
public final class CodePickerDialog extends TitledDialog {

    private final List<Code> codes;
    private final Language language;
    private final Code initial;
    private CodePicker picker;
    private Code chosen;

    /** @param initial the code to highlight at first (the one chosen before), or null */
    public CodePickerDialog(Shell parent, String title, List<Code> codes, Language language, Code initial) {
        super(parent, title);
        this.codes = codes;
        this.language = language;
        this.initial = initial;
    }

    /** The code chosen (after OK), or null. */
    public Code chosen() {
        return chosen;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        picker = new CodePicker(area, codes, language, code -> okPressed());
        picker.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (initial != null) {
            picker.select(initial);
        }
        picker.onSelectionChange(this::enableOk);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        enableOk();
        picker.setFocus();
    }

    @Override
    protected void okPressed() {
        if (!isOpen()) {
            return;
        }
        chosen = picker.selected();
        if (chosen != null) {
            super.okPressed();
        }
    }

    private void enableOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(picker.selected() != null);
        }
    }
}
