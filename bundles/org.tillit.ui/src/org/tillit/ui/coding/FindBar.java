package org.tillit.ui.coding;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.FindReplaceDocumentAdapter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * Find in the document (Ctrl+F): a bar above the text, with JFace Text's
 * {@link FindReplaceDocumentAdapter} doing the search (case, whole word, regular expression).
 * Enter finds the next match, Shift+Enter the previous one, Escape closes the bar.
 */
final class FindBar {

    private final SourceViewer viewer;
    private final Composite bar;
    private final Text pattern;
    private final Button matchCase;
    private final Button regex;
    private final Label status;

    FindBar(Composite parent, SourceViewer viewer) {
        this.viewer = viewer;
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        bar.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        pattern = WidgetIds.tag(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH), WidgetIds.FIND_TEXT);
        pattern.setMessage(Messages.Find_message);
        GridData patternData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        patternData.minimumWidth = 160;
        patternData.widthHint = 220;
        pattern.setLayoutData(patternData);
        button(Messages.Find_previous, () -> find(false));
        button(Messages.Find_next, () -> find(true));
        matchCase = check(Messages.Find_matchCase);
        regex = check(Messages.Find_regex);
        status = WidgetIds.tag(new Label(bar, SWT.NONE), WidgetIds.FIND_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 10; // long messages are cut, the search field keeps its width
        status.setLayoutData(statusData);
        pattern.addListener(SWT.DefaultSelection, e -> find((e.stateMask & SWT.SHIFT) == 0));
        pattern.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ESC) {
                close();
            }
        });
        pattern.addListener(SWT.Modify, e -> status.setText(""));
    }

    Composite control() {
        return bar;
    }

    void open() {
        setVisible(true);
        String selected = viewer.getTextWidget().getSelectionText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            pattern.setText(selected);
        }
        pattern.selectAll();
        pattern.setFocus();
    }

    void close() {
        setVisible(false);
        viewer.getTextWidget().setFocus();
    }

    /** Selects the next (or previous) match after the caret, wrapping round at the end. */
    boolean find(boolean forward) {
        String what = pattern.getText();
        if (what.isEmpty()) {
            return false;
        }
        FindReplaceDocumentAdapter search = new FindReplaceDocumentAdapter(viewer.getDocument());
        org.eclipse.swt.graphics.Point selection = viewer.getSelectedRange();
        int from = forward ? selection.x + selection.y : selection.x - 1;
        try {
            IRegion found = search.find(Math.max(from, -1), what, forward, matchCase.getSelection(), false, regex.getSelection());
            boolean wrapped = false;
            if (found == null) {
                found = search.find(forward ? 0 : viewer.getDocument().getLength() - 1, what, forward,
                        matchCase.getSelection(), false, regex.getSelection());
                wrapped = found != null;
            }
            if (found == null) {
                status.setText(NLS.bind(Messages.Find_notFound, what));
                bar.layout();
                return false;
            }
            viewer.setSelectedRange(found.getOffset(), found.getLength());
            viewer.revealRange(found.getOffset(), found.getLength());
            status.setText(wrapped ? Messages.Find_wrapped : "");
            bar.layout();
            return true;
        } catch (BadLocationException | java.util.regex.PatternSyntaxException e) {
            status.setText(NLS.bind(Messages.Find_badPattern, e.getMessage() == null ? what : e.getMessage().lines().findFirst().orElse(what)));
            bar.layout();
            return false;
        }
    }

    private void setVisible(boolean visible) {
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    private void button(String label, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private Button check(String label) {
        Button check = new Button(bar, SWT.CHECK);
        check.setText(label);
        return check;
    }
}
