package org.tillit.ui.search;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.codebook.Language;
import org.tillit.query.Autocoding;
import org.tillit.query.Extension;
import org.tillit.query.Hit;
import org.tillit.query.TextSpan;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;

/** Autocode search hits: all or the selected ones, each widened to nothing, its sentence, paragraph or speaker turn. */
final class AutocodeHitsDialog extends AutocodeDialog {

    private static final List<Extension> EXTENSIONS = List.of(Extension.NONE, Extension.SENTENCE, Extension.PARAGRAPH,
            Extension.TURN);

    private final List<Hit> all;
    private final List<Hit> selected;
    private Button onlySelected;
    private Combo extension;

    AutocodeHitsDialog(Shell parent, ProjectStore store, Language language, List<Hit> all, List<Hit> selected) {
        super(parent, Messages.Autocode_title, store, language);
        this.all = List.copyOf(all);
        this.selected = List.copyOf(selected);
    }

    @Override
    protected void createChoices(Composite parent) {
        Composite which = new Composite(parent, SWT.NONE);
        which.setLayout(new GridLayout(2, false));
        which.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        WidgetIds.tag(which, WidgetIds.AUTOCODE_WHICH);
        Button allHits = new Button(which, SWT.RADIO);
        allHits.setText(NLS.bind(Messages.Autocode_allHits, all.size()));
        onlySelected = new Button(which, SWT.RADIO);
        onlySelected.setText(NLS.bind(Messages.Autocode_selectedHits, selected.size()));
        onlySelected.setEnabled(!selected.isEmpty());
        // Several rows selected: the user most likely means those.
        boolean several = selected.size() > 1;
        allHits.setSelection(!several);
        onlySelected.setSelection(several);
        new Label(which, SWT.NONE).setText(Messages.Autocode_extendTo);
        extension = WidgetIds.tag(new Combo(which, SWT.READ_ONLY), WidgetIds.AUTOCODE_EXTENSION);
        extension.setItems(Messages.Autocode_extendNone, Messages.Autocode_extendSentence, Messages.Autocode_extendParagraph,
                Messages.Autocode_extendTurn);
        extension.select(EXTENSIONS.indexOf(Extension.SENTENCE));
        onlySelected.addListener(SWT.Selection, e -> update());
        extension.addListener(SWT.Selection, e -> update());
    }

    @Override
    protected List<TextSpan> spans() {
        List<Hit> hits = onlySelected.getSelection() ? selected : all;
        return Autocoding.spans(store, hits, EXTENSIONS.get(Math.max(0, extension.getSelectionIndex())));
    }

    @Override
    protected String previewOf(int spans) {
        return NLS.bind(spans == 1 ? Messages.Autocode_previewOne : Messages.Autocode_preview, spans);
    }
}
