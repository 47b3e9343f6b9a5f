package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.UiBot;

/**
 * An autocode dialog (the search hits, or a speaker's turns): which hits and how far to extend them,
 * or which speaker; the code, existing (through the code picker) or a new path; the preview of how
 * many passages OK codes.
 */
public final class AutocodePage {

    public static final String HITS_TITLE = "Autocode the search hits";
    public static final String SPEAKER_TITLE = "Autocode every turn of a speaker";

    private final UiBot bot;
    private final BotShell dialog;

    AutocodePage(UiBot bot, BotShell dialog) {
        this.bot = bot;
        this.dialog = dialog;
    }

    public BotShell shell() {
        return dialog;
    }

    /** "The selected hits (2)": chooses the radio button whose label starts so. */
    public AutocodePage hits(String labelStart) {
        bot.run(() -> {
            Composite which = dialog.widget(Composite.class, WidgetIds.AUTOCODE_WHICH);
            for (Control child : which.getChildren()) {
                if (child instanceof Button radio && (radio.getStyle() & SWT.RADIO) != 0) {
                    radio.setSelection(radio.getText().startsWith(labelStart));
                }
            }
            for (Control child : which.getChildren()) {
                if (child instanceof Button radio && radio.getSelection()) {
                    radio.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        return this;
    }

    /** The labels of the hits' radio buttons ("All hits (4)", "The selected hits (2)"). */
    public List<String> hitChoices() {
        return bot.sync(() -> List.of(dialog.widget(Composite.class, WidgetIds.AUTOCODE_WHICH).getChildren()).stream()
                .filter(c -> c instanceof Button b && (b.getStyle() & SWT.RADIO) != 0).map(c -> ((Button) c).getText()).toList());
    }

    /** "Its sentence", "Its paragraph", ... */
    public AutocodePage extendTo(String label) {
        choose(WidgetIds.AUTOCODE_EXTENSION, label);
        return this;
    }

    /** "IP (4 turns)" */
    public AutocodePage speaker(String label) {
        choose(WidgetIds.AUTOCODE_SPEAKER, label);
        return this;
    }

    public String speaker() {
        return bot.sync(() -> dialog.widget(Combo.class, WidgetIds.AUTOCODE_SPEAKER).getText());
    }

    /** A new code by its path: typing it chooses "A new code". */
    public AutocodePage newCode(String path) {
        new BotText(bot, dialog.widget(Text.class, WidgetIds.AUTOCODE_NEW_PATH)).setText(path);
        return this;
    }

    /** An existing code through the code picker, highlighted (not yet chosen with Enter). */
    public AutocodePage existingCode(String typed, String row) {
        bot.run(() -> {
            Button existing = dialog.widget(Button.class, WidgetIds.AUTOCODE_EXISTING);
            Button fresh = dialog.widget(Button.class, WidgetIds.AUTOCODE_NEW);
            existing.setSelection(true);
            fresh.setSelection(false);
            existing.notifyListeners(SWT.Selection, new Event());
        });
        new CodePickerPage(bot, dialog).highlight(typed, row);
        return this;
    }

    public CodePickerPage picker() {
        return new CodePickerPage(bot, dialog);
    }

    /** What OK would do, or why it cannot. */
    public String preview() {
        return bot.sync(() -> dialog.widget(Label.class, WidgetIds.AUTOCODE_PREVIEW).getText());
    }

    public boolean canAutocode() {
        return dialog.button("Autocode").isEnabled();
    }

    public void autocode() {
        dialog.button("Autocode").click();
        dialog.waitUntilClosed();
    }

    public void cancel() {
        dialog.button("Cancel").click();
        dialog.waitUntilClosed();
    }

    private void choose(String id, String label) {
        bot.run(() -> Widgets.choose(dialog.widget(Combo.class, id), label));
    }
}
