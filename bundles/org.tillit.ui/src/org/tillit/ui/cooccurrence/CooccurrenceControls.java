package org.tillit.ui.cooccurrence;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.tillit.query.Cooccurrence.Proximity;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.CodeScope;
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

    private final CodeScope codes;
    private final Combo proximity;
    private final Spinner characters;
    private final Button documents;
    private final Label status;

    public CooccurrenceControls(Composite parent, Consumer<CooccurrenceRequest> onChange) {
        // Three lines, as the view usually sits in the narrow stack below the editor: the codes (with
        // the chosen code's path, which needs the room), how near counts, what a cell shows; each
        // line lays out its own columns.
        Composite rows = QueryViewLayout.controls(parent, 1);
        Composite row = QueryViewLayout.line(rows, 3);
        codes = new CodeScope(row, WidgetIds.COOCCURRENCE_SCOPE, WidgetIds.COOCCURRENCE_CODE, new CodeScope.Texts(
                Messages.Cooccurrence_allCodes, Messages.Cooccurrence_selectedCode, Messages.Cooccurrence_chooseCode,
                Messages.Cooccurrence_codeChosen), () -> onChange.accept(request()));
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
        row = QueryViewLayout.line(rows, 1);
        documents = WidgetIds.tag(new Button(row, SWT.CHECK), WidgetIds.COOCCURRENCE_DOCUMENTS);
        documents.setText(Messages.Cooccurrence_showDocuments);
        documents.setSelection(true);
        enableCharacters();
        proximity.addListener(SWT.Selection, e -> {
            enableCharacters();
            onChange.accept(request());
        });
        characters.addListener(SWT.Modify, e -> onChange.accept(request()));
        documents.addListener(SWT.Selection, e -> onChange.accept(request()));
    }

    /** Every code, or the Codebook view's code with its sub-codes. */
    public CodeScope codes() {
        return codes;
    }

    public CooccurrenceRequest request() {
        return new CooccurrenceRequest(codes.allCodes(), codes.chosen(),
                PROXIMITIES.get(Math.max(0, proximity.getSelectionIndex())), characters.getSelection(),
                documents.getSelection());
    }

    /** What the view is doing or found; the tooltip holds all of it where the label is too narrow. */
    public void status(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }


    private void enableCharacters() {
        characters.setEnabled(PROXIMITIES.get(Math.max(0, proximity.getSelectionIndex())) == Proximity.WITHIN);
    }
}
