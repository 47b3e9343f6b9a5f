package org.tillit.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.tillit.model.codebook.Language;
import org.tillit.model.text.Speakers;
import org.tillit.query.Autocoding;
import org.tillit.query.TextSpan;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;

/** Autocode every turn of a speaker found in the project (all answers of the respondent "IP", say). */
final class AutocodeSpeakerDialog extends AutocodeDialog {

    private final List<String> speakers = new ArrayList<>();
    private Combo speaker;

    AutocodeSpeakerDialog(Shell parent, ProjectStore store, Language language) {
        super(parent, Messages.AutocodeSpeaker_title, store, language);
    }

    @Override
    protected void createChoices(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(row, SWT.NONE).setText(Messages.AutocodeSpeaker_speaker);
        speaker = WidgetIds.tag(new Combo(row, SWT.READ_ONLY), WidgetIds.AUTOCODE_SPEAKER);
        int respondent = -1;
        for (Map.Entry<String, Integer> turns : Autocoding.speakers(store).entrySet()) {
            if (respondent < 0 && !Speakers.isInterviewer(turns.getKey())) {
                respondent = speakers.size();
            }
            speakers.add(turns.getKey());
            speaker.add(NLS.bind(Messages.AutocodeSpeaker_turns, turns.getKey(), turns.getValue()));
        }
        speaker.select(Math.max(0, respondent));
        speaker.addListener(SWT.Selection, e -> update());
    }

    /** The chosen speaker's name as found in the transcripts, or null when the project has no turns. */
    private String chosen() {
        int index = speaker.getSelectionIndex();
        return index >= 0 && index < speakers.size() ? speakers.get(index) : null;
    }

    @Override
    protected List<TextSpan> spans() {
        String name = chosen();
        return name == null ? List.of() : Autocoding.turnsOf(store, name);
    }

    @Override
    protected String previewOf(int spans) {
        return NLS.bind(spans == 1 ? Messages.AutocodeSpeaker_previewOne : Messages.AutocodeSpeaker_preview, spans, chosen());
    }
}
