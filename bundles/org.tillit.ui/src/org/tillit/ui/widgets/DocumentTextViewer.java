package org.tillit.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** A document's title line and its plain text, read-only, wrapped for reading. */
public final class DocumentTextViewer {

    private final Label title;
    private final StyledText text;

    public DocumentTextViewer(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        title = WidgetIds.tag(new Label(body, SWT.NONE), WidgetIds.DOCUMENT_TITLE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = WidgetIds.tag(new StyledText(body, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY), WidgetIds.DOCUMENT_TEXT);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(12, 8, 12, 8);
        text.setLineSpacing(3);
        LineNumbers.attach(text);
        showNothing();
    }

    /** @param details what to say after the name, e.g. "Word (docx) · 12 345 characters" */
    public void show(String name, String details, String content) {
        title.setText(" " + name + (details.isEmpty() ? "" : "  ·  " + details));
        text.setText(content);
        text.setCaretOffset(0);
        text.setTopPixel(0);
    }

    public void showNothing() {
        title.setText(" " + Messages.DocumentText_none);
        text.setText("");
    }

    public void setFocus() {
        text.setFocus();
    }
}
