package org.tillit.ui.search;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceColors;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.codebook.Language;
import org.tillit.query.TextSpan;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.TitledDialog;

/**
 * What both autocode dialogs share: what to code (the subclass's choices, above), the code to code
 * it with ({@link CodeChoice}) and, always up to date, how many passages OK will code, or why it
 * cannot. OK hands back an {@link AutocodeRequest}; the view runs it as one undoable command.
 */
abstract class AutocodeDialog extends TitledDialog {

    protected final ProjectStore store;
    private final Language language;
    private CodeChoice code;
    private Label preview;
    private AutocodeRequest request;

    AutocodeDialog(Shell parent, String title, ProjectStore store, Language language) {
        super(parent, title);
        this.store = store;
        this.language = language;
    }

    /** The request (after OK), or null. */
    AutocodeRequest request() {
        return request;
    }

    /** The widgets that choose what to code, above the code; call {@link #update()} when they change. */
    protected abstract void createChoices(Composite parent);

    /** The ranges the choices ask to code (on the UI thread: a quick read of the store). */
    protected abstract List<TextSpan> spans();

    /** "12 passages will be coded" for these spans. */
    protected abstract String previewOf(int spans);

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        createChoices(area);
        Label codeLabel = new Label(area, SWT.NONE);
        codeLabel.setText(Messages.Autocode_codeWith);
        code = new CodeChoice(area, store, language, this::update, this::okPressed);
        preview = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.AUTOCODE_PREVIEW);
        GridData previewData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        previewData.widthHint = 420;
        preview.setLayoutData(previewData);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.Autocode_ok);
        update();
        code.setFocus();
    }

    /** Shows how many passages OK would code, or what is missing; OK only when it can code. */
    protected final void update() {
        if (preview == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = code.problem();
        int count = problem == null ? spans().size() : 0;
        if (problem == null && count == 0) {
            problem = Messages.Autocode_nothing;
        }
        if (problem != null) {
            preview.setForeground(JFaceColors.getErrorText(preview.getDisplay()));
            preview.setText(problem);
        } else {
            preview.setForeground(null);
            String created = code.createsCodes() ? " " + NLS.bind(Messages.Autocode_createsPath, code.path()) : "";
            preview.setText(previewOf(count) + created);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        preview.getParent().layout();
    }

    @Override
    protected void okPressed() {
        if (!isOpen() || code.problem() != null) {
            return;
        }
        List<TextSpan> spans = spans();
        if (!spans.isEmpty()) {
            request = new AutocodeRequest(code.path(), spans);
            super.okPressed();
        }
    }
}
