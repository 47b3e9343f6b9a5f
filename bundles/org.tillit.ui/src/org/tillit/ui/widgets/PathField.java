package org.tillit.ui.widgets;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;

/**
 * A field to type or paste a path into; Enter hands the path over. Without taking the key here,
 * the dialog's default button would close the dialog instead.
 */
public final class PathField {

    private final Text text;

    public PathField(Composite parent, String id, String hint, Consumer<Path> onEnter) {
        text = WidgetIds.tag(new Text(parent, SWT.BORDER | SWT.SINGLE), id);
        text.setMessage(hint);
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
                typedPath().ifPresent(onEnter);
            }
        });
    }

    /** The typed path with a leading ~/ taken as the home folder; empty when nothing is typed. */
    public Optional<Path> typedPath() {
        String typed = text.getText().strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(typed.startsWith("~/")
                ? System.getProperty("user.home") + typed.substring(1) : typed));
    }

    public Text control() {
        return text;
    }

    public void setText(String value) {
        text.setText(value);
    }
}
