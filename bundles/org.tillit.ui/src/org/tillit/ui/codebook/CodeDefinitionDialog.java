package org.tillit.ui.codebook;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** Edits a code's definition for coders, in Swedish and English. */
public final class CodeDefinitionDialog extends TitleAreaDialog {

    public static final String SV_ID = "tillit.code.definition.sv";
    public static final String EN_ID = "tillit.code.definition.en";

    private final String codeName;
    private String definitionSv;
    private String definitionEn;
    private Text svField;
    private Text enField;

    public CodeDefinitionDialog(Shell parent, String codeName, String definitionSv, String definitionEn) {
        super(parent);
        this.codeName = codeName;
        this.definitionSv = definitionSv == null ? "" : definitionSv;
        this.definitionEn = definitionEn == null ? "" : definitionEn;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.CodeDefinition_window);
    }

    @Override
    public void create() {
        super.create();
        setTitle(NLS.bind(Messages.CodeDefinition_title, codeName));
        setMessage(Messages.CodeDefinition_message);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        svField = field(body, Messages.Language_swedish, definitionSv, SV_ID);
        enField = field(body, Messages.Language_english, definitionEn, EN_ID);
        return area;
    }

    private Text field(Composite body, String label, String value, String id) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 520;
        data.heightHint = 110;
        text.setLayoutData(data);
        text.setText(value);
        return text;
    }

    @Override
    protected void okPressed() {
        definitionSv = svField.getText().strip();
        definitionEn = enField.getText().strip();
        super.okPressed();
    }

    public String definitionSv() {
        return definitionSv;
    }

    public String definitionEn() {
        return definitionEn;
    }
}
