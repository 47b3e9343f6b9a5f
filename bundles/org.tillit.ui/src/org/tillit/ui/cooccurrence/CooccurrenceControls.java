package org.tillit.ui.cooccurrence;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.tillit.model.Code;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.QueryViewLayout;

/**
 * The row above the matrix: which codes (all, or the Codebook view's code with its sub-codes), how
 * near counts as together (with n for "within n characters"), whether cells tell their documents,
 * and what the view is doing. Any change asks for the matrix again.
 */
public final class CooccurrenceControls {

    static final int DEFAULT_CHARACTERS = 200;
    private static final int MAX_CHARACTERS = 100_000;
    private static final int STATUS_WIDTH = 90;
    private static final List<Proximity> PROXIMITIES = List.of(Proximity.OVERLAP, Proximity.PARAGRAPH, Proximity.TURN,
            Proximity.WITHIN);

    private final Combo scope;
    private final Label code;
    private final Combo proximity;
    private final Spinner characters;
    private final Button documents;
    private final Label status;
    private Code chosen;

    public CooccurrenceControls(Composite parent, Consumer<CooccurrenceRequest> onChange) {
        // Two lines, as the view usually sits in the narrow stack below the editor: the codes and
        // what a cell shows, then how near counts; each line lays out its own columns.
        Composite rows = QueryViewLayout.controls(parent, 1);
        Composite row = QueryViewLayout.line(rows, 4);
        scope = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.COOCCURRENCE_SCOPE);
        scope.setItems(Messages.Cooccurrence_allCodes, Messages.Cooccurrence_selectedCode);
        scope.select(0);
        code = WidgetIds.tag(new Label(row, SWT.NONE), WidgetIds.COOCCURRENCE_CODE);
        code.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        documents = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.COOCCURRENCE_DOCUMENTS);
        documents.setText(Messages.Cooccurrence_showDocuments);
        documents.setSelection(true);
        status = WidgetIds.tag(new Label(row, SWT.RIGHT), WidgetIds.COOCCURRENCE_STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        statusData.widthHint = STATUS_WIDTH;
        status.setLayoutData(statusData);
        row = QueryViewLayout.line(rows, 4);
        new Label(row, SWT.NONE).setText(Messages.Cooccurrence_proximity);
        proximity = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.COOCCURRENCE_PROXIMITY);
        proximity.setItems(Messages.Cooccurrence_overlap, Messages.Cooccurrence_paragraph, Messages.Cooccurrence_turn,
                Messages.Cooccurrence_within);
        proximity.select(PROXIMITIES.indexOf(Proximity.TURN));
        characters = WidgetIds.tag(new Spinner(row, SWT.BORDER), WidgetIds.COOCCURRENCE_CHARACTERS);
        characters.setValues(DEFAULT_CHARACTERS, 0, MAX_CHARACTERS, 0, 10, 100);
        Label unit = new Label(row, SWT.NONE);
        unit.setText(Messages.Cooccurrence_characters);
        unit.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        showChosen(null);
        enableCharacters();
        scope.addListener(SWT.Selection, e -> {
            showChosen(chosen);
            onChange.accept(request());
        });
        proximity.addListener(SWT.Selection, e -> {
            enableCharacters();
            onChange.accept(request());
        });
        characters.addListener(SWT.Modify, e -> onChange.accept(request()));
        documents.addListener(SWT.Selection, e -> onChange.accept(request()));
    }

    /** The Codebook view's code (null: none), with its path as shown. */
    public void choose(Code selected, String path) {
        chosen = selected;
        code.setData(path);
        showChosen(selected);
    }

    public Code chosen() {
        return chosen;
    }

    public CooccurrenceRequest request() {
        return new CooccurrenceRequest(scope.getSelectionIndex() == 0, chosen,
                PROXIMITIES.get(Math.max(0, proximity.getSelectionIndex())), characters.getSelection(),
                documents.getSelection());
    }

    /** What the view is doing or found; the tooltip holds all of it where the label is too narrow. */
    public void status(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }

    private void showChosen(Code selected) {
        boolean all = scope.getSelectionIndex() == 0;
        code.setText(all ? "" : selected == null ? Messages.Cooccurrence_chooseCode
                : NLS.bind(Messages.Cooccurrence_codeChosen, code.getData()));
        code.getParent().layout();
    }

    private void enableCharacters() {
        characters.setEnabled(PROXIMITIES.get(Math.max(0, proximity.getSelectionIndex())) == Proximity.WITHIN);
    }
}
