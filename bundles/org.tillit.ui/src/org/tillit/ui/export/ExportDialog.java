package org.tillit.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.tillit.export.CitationTemplate;
import org.tillit.export.ExportException;
import org.tillit.export.Pseudonyms;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.widgets.TitledDialog;
import org.tillit.ui.widgets.TypedPath;

/**
 * Export…: the file (typed, or chosen with Browse…), the format among those that make sense for
 * the result, and for quotes the citation template (checked as it is typed, with the core's reason
 * under it), a list of pseudonyms (how many names it holds, or why it cannot be read) and the quote
 * report's options. The choices are remembered for the project.
 */
public final class ExportDialog extends TitledDialog {

    public static final String TITLE = Messages.Dialog_title;

    private final ExportSource source;
    private final Language language;
    private final List<String> attributes;
    private final ExportMemory memory;
    private Text file;
    private Combo format;
    private Text citation;
    private Label citationProblem;
    private Text pseudonyms;
    private Label pseudonymsStatus;
    private Button definitions;
    private Button memos;
    private Button counts;
    private Button questions;
    private Button chart;
    private ExportFormat formatShown;
    private Pseudonyms names = Pseudonyms.NONE;
    private boolean namesReadable = true;
    private ExportRequest request;

    ExportDialog(Shell parent, ExportSource source, Language language, List<String> attributes, ExportMemory memory) {
        super(parent, TITLE);
        this.source = source;
        this.language = language;
        this.attributes = List.copyOf(attributes);
        this.memory = memory;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label what = WidgetIds.tag(new Label(area, SWT.WRAP), WidgetIds.EXPORT_WHAT);
        what.setText(NLS.bind(Messages.Dialog_what, source.title()));
        what.setLayoutData(span(3));
        label(area, Messages.Dialog_file);
        file = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.SINGLE), WidgetIds.EXPORT_FILE);
        file.setLayoutData(wide(480));
        button(area, Messages.Dialog_browse, this::browseFile);
        label(area, Messages.Dialog_format);
        format = WidgetIds.tag(new Combo(area, SWT.READ_ONLY), WidgetIds.EXPORT_FORMAT);
        source.formats().forEach(f -> format.add(f.label()));
        format.setLayoutData(span(2));
        formatShown = memory.format(source.kind(), source.formats().get(0));
        if (!source.formats().contains(formatShown)) {
            formatShown = source.formats().get(0);
        }
        format.select(source.formats().indexOf(formatShown));
        Path folder = Path.of(memory.get(ExportMemory.FOLDER, System.getProperty("user.home")));
        file.setText(formatShown.fileFor(folder.resolve(source.fileStem())).toString());
        format.addListener(SWT.Selection, e -> formatChosen());
        if (source.kind().cites()) {
            citations(area);
        }
        if (source.kind() == ExportSource.Kind.QUOTES) {
            reportOptions(area);
        }
        if (source.charted()) {
            chart = check(area, Messages.Dialog_chart, WidgetIds.EXPORT_CHART, ExportMemory.CHART, false);
            chart.setLayoutData(span(3));
            chart.setEnabled(formatShown.holdsPictures());
        }
        file.addListener(SWT.Modify, e -> validate());
        return area;
    }

    private void citations(Composite area) {
        Group group = group(area, Messages.Dialog_citations);
        label(group, Messages.Dialog_citation);
        citation = WidgetIds.tag(new Text(group, SWT.BORDER | SWT.SINGLE), WidgetIds.EXPORT_CITATION);
        citation.setLayoutData(span(2));
        String known = String.join(", ", CitationTemplate.placeholders(attributes).stream().map(p -> "{" + p + "}").toList());
        citation.setToolTipText(NLS.bind(Messages.Dialog_placeholders, known));
        new Label(group, SWT.NONE);
        Label placeholders = WidgetIds.tag(new Label(group, SWT.WRAP), WidgetIds.EXPORT_PLACEHOLDERS);
        placeholders.setText(NLS.bind(Messages.Dialog_placeholders, known));
        placeholders.setLayoutData(wrapping(2));
        new Label(group, SWT.NONE);
        citationProblem = WidgetIds.tag(new Label(group, SWT.WRAP), WidgetIds.EXPORT_CITATION_PROBLEM);
        citationProblem.setForeground(group.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        citationProblem.setLayoutData(wrapping(2));
        label(group, Messages.Dialog_pseudonyms);
        pseudonyms = WidgetIds.tag(new Text(group, SWT.BORDER | SWT.SINGLE), WidgetIds.EXPORT_PSEUDONYMS);
        pseudonyms.setMessage(Messages.Dialog_pseudonymsHint);
        pseudonyms.setLayoutData(wide(360));
        button(group, Messages.Dialog_browse, this::browsePseudonyms);
        new Label(group, SWT.NONE);
        pseudonymsStatus = WidgetIds.tag(new Label(group, SWT.WRAP), WidgetIds.EXPORT_PSEUDONYMS_STATUS);
        pseudonymsStatus.setLayoutData(wrapping(2));
        citation.setText(memory.get(ExportMemory.CITATION, CitationTemplate.standard(language)));
        pseudonyms.setText(memory.get(ExportMemory.PSEUDONYMS, ""));
        citation.addListener(SWT.Modify, e -> validate());
        pseudonyms.addListener(SWT.Modify, e -> readPseudonyms());
        readPseudonyms();
    }

    private void reportOptions(Composite area) {
        Group group = group(area, Messages.Dialog_report);
        definitions = check(group, Messages.Dialog_definitions, WidgetIds.EXPORT_DEFINITIONS, ExportMemory.DEFINITIONS, false);
        memos = check(group, Messages.Dialog_memos, WidgetIds.EXPORT_MEMOS, ExportMemory.MEMOS, false);
        counts = check(group, Messages.Dialog_counts, WidgetIds.EXPORT_COUNTS, ExportMemory.COUNTS, true);
        questions = check(group, Messages.Dialog_questions, WidgetIds.EXPORT_QUESTIONS, ExportMemory.QUESTIONS, false);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_export, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** The extension follows the format, so "Intervjuer.csv" becomes "Intervjuer.xlsx". */
    private void formatChosen() {
        formatShown = source.formats().get(format.getSelectionIndex());
        typedFile().ifPresent(typed -> file.setText(formatShown.fileFor(typed).toString()));
        if (chart != null) {
            chart.setEnabled(formatShown.holdsPictures());
        }
        validate();
    }

    private void browseFile() {
        FileDialog chooser = new FileDialog(getShell(), SWT.SAVE);
        chooser.setOverwrite(true);
        chooser.setFilterExtensions(new String[] { "*." + formatShown.extension() });
        typedFile().ifPresent(typed -> {
            chooser.setFilterPath(String.valueOf(typed.getParent()));
            chooser.setFileName(typed.getFileName().toString());
        });
        String chosen = chooser.open();
        if (chosen != null) {
            file.setText(formatShown.fileFor(Path.of(chosen)).toString());
        }
    }

    private void browsePseudonyms() {
        FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
        chooser.setFilterExtensions(new String[] { "*.csv;*.txt", "*" });
        String chosen = chooser.open();
        if (chosen != null) {
            pseudonyms.setText(chosen);
        }
    }

    /** A list of names is small: read as it is chosen, so the dialog can say what it holds. */
    private void readPseudonyms() {
        String typed = pseudonyms.getText().strip();
        names = Pseudonyms.NONE;
        namesReadable = true;
        if (typed.isEmpty()) {
            pseudonymsStatus.setText(Messages.Dialog_noPseudonyms);
        } else {
            try {
                names = Pseudonyms.read(Path.of(typed));
                pseudonymsStatus.setText(NLS.bind(names.size() == 1 ? Messages.Dialog_namesOne : Messages.Dialog_names,
                        names.size()));
            } catch (ExportException | IllegalArgumentException e) {
                namesReadable = false;
                pseudonymsStatus.setText(e.getMessage());
            }
        }
        validate();
    }

    private void validate() {
        String problem = "";
        if (citation != null) {
            try {
                CitationTemplate.parse(citation.getText(), attributes);
            } catch (ExportException e) {
                problem = e.getMessage();
            }
            citationProblem.setText(problem);
            grow();
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(typedFile().isPresent() && problem.isEmpty() && namesReadable);
        }
    }

    /** A reason shown under a field may take lines the dialog had not: it grows so nothing below is hidden. */
    private void grow() {
        Shell shell = getShell();
        if (shell == null || !shell.isVisible()) {
            return; // not yet opened: the first layout makes room
        }
        shell.layout(true, true);
        Point size = shell.getSize();
        Point wanted = shell.computeSize(size.x, SWT.DEFAULT);
        if (wanted.y > size.y) {
            shell.setSize(size.x, wanted.y);
        }
    }

    @Override
    protected void okPressed() {
        Path target = typedFile().orElseThrow().toAbsolutePath();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.Dialog_replaceTitle,
                NLS.bind(Messages.Dialog_replace, target))) {
            return;
        }
        remember(target);
        ExportRequest.ReportOptions options = definitions == null ? new ExportRequest.ReportOptions(false, false, true, false)
                : new ExportRequest.ReportOptions(definitions.getSelection(), memos.getSelection(), counts.getSelection(),
                        questions.getSelection());
        String written = citation == null ? CitationTemplate.standard(language) : citation.getText();
        Path list = names == Pseudonyms.NONE ? null : Path.of(pseudonyms.getText().strip()).toAbsolutePath();
        boolean charted = chart != null && chart.getEnabled() && chart.getSelection();
        request = new ExportRequest(target, formatShown, written, CitationTemplate.parse(written, attributes), names, list,
                options, charted, language);
        super.okPressed();
    }

    private void remember(Path target) {
        memory.put(ExportMemory.FOLDER, String.valueOf(target.getParent()));
        memory.rememberFormat(source.kind(), formatShown);
        if (citation != null) {
            memory.put(ExportMemory.CITATION, citation.getText());
            memory.put(ExportMemory.PSEUDONYMS, pseudonyms.getText().strip());
        }
        if (definitions != null) {
            memory.rememberFlag(ExportMemory.DEFINITIONS, definitions.getSelection());
            memory.rememberFlag(ExportMemory.MEMOS, memos.getSelection());
            memory.rememberFlag(ExportMemory.COUNTS, counts.getSelection());
            memory.rememberFlag(ExportMemory.QUESTIONS, questions.getSelection());
        }
        if (chart != null) {
            memory.rememberFlag(ExportMemory.CHART, chart.getSelection());
        }
        memory.save();
    }

    /** The export as confirmed; null unless the dialog was closed with Export. */
    ExportRequest request() {
        return request;
    }

    private Optional<Path> typedFile() {
        return TypedPath.of(file.getText());
    }

    private Button check(Composite parent, String text, String id, String key, boolean otherwise) {
        Button box = WidgetIds.tag(new Button(parent, SWT.CHECK), id);
        box.setText(text);
        box.setSelection(memory.flag(key, otherwise));
        return box;
    }

    private static Group group(Composite area, String text) {
        Group group = new Group(area, SWT.NONE);
        group.setText(text);
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(span(3));
        return group;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private static GridData span(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.horizontalSpan = columns;
        return data;
    }

    private static GridData wrapping(int columns) {
        GridData data = span(columns);
        data.widthHint = 480;
        return data;
    }

    private static GridData wide(int width) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = width;
        return data;
    }
}
