package org.tillit.ui.search;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.store.ProjectStore;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.codepicker.CodePicker;

/**
 * The code to autocode with: an existing code, found by typing in the {@link CodePicker}, or a new
 * code named by its path ({@code Autokod/Tillit}), whose missing codes the command creates as the
 * command line's {@code autocode} does.
 */
final class CodeChoice {

    private final ProjectStore store;
    private final Language language;
    private final Button existing;
    private final CodePicker picker;
    private final Button fresh;
    private final Text path;

    /**
     * @param onChange runs when the choice changes
     * @param onChoose runs when a code is chosen with Enter or a double-click
     */
    CodeChoice(Composite parent, ProjectStore store, Language language, Runnable onChange, Runnable onChoose) {
        this.store = store;
        this.language = language;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area.setLayout(new GridLayout(1, false));
        existing = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.AUTOCODE_EXISTING);
        existing.setText(Messages.Autocode_existingCode);
        existing.setSelection(true);
        List<Code> codable = store.read(project -> CodeTree.allCodes(project.getCodebook())
                .stream().filter(Code::isCodable).toList());
        picker = new CodePicker(area, codable, language, code -> onChoose.run());
        GridData pickerData = new GridData(SWT.FILL, SWT.FILL, true, true);
        pickerData.horizontalIndent = 16;
        picker.control().setLayoutData(pickerData);
        fresh = WidgetIds.tag(new Button(area, SWT.RADIO), WidgetIds.AUTOCODE_NEW);
        fresh.setText(Messages.Autocode_newCode);
        path = WidgetIds.tag(new Text(area, SWT.BORDER), WidgetIds.AUTOCODE_NEW_PATH);
        path.setMessage(Messages.Autocode_newCodePrompt);
        GridData pathData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        pathData.horizontalIndent = 16;
        path.setLayoutData(pathData);
        picker.onSelectionChange(onChange);
        existing.addListener(SWT.Selection, e -> onChange.run());
        fresh.addListener(SWT.Selection, e -> onChange.run());
        path.addListener(SWT.Modify, e -> {
            if (!fresh.getSelection()) {
                fresh.setSelection(true);
                existing.setSelection(false);
            }
            onChange.run();
        });
    }

    /** The path of the code chosen, or null when none is. */
    String path() {
        if (existing.getSelection()) {
            Code code = picker.selected();
            return code == null ? null : store.read(project -> CodePaths.of(code, language));
        }
        String typed = String.join(CodePaths.SEPARATOR, CodePaths.labels(path.getText()));
        return typed.isEmpty() ? null : typed;
    }

    /** Why the choice cannot be autocoded with (no code, a group, a label several codes have), or null. */
    String problem() {
        String chosen = path();
        if (chosen == null) {
            return existing.getSelection() ? Messages.Autocode_chooseCode : Messages.Autocode_typePath;
        }
        return store.read(project -> {
            CodePaths.Resolution found = CodePaths.resolve(project.getCodebook(), CodePaths.labels(chosen));
            if (found.ambiguous()) {
                return CodePaths.problem(chosen, found, language).getMessage();
            }
            if (found.complete() && !found.found().isCodable()) {
                return NLS.bind(Messages.Autocode_group, chosen);
            }
            return null;
        });
    }

    /** Whether the choice makes new codes (a path not all of which exists). */
    boolean createsCodes() {
        String chosen = path();
        return fresh.getSelection() && chosen != null
                && !store.read(project -> CodePaths.resolve(project.getCodebook(), CodePaths.labels(chosen)).complete());
    }

    void setFocus() {
        picker.setFocus();
    }
}
