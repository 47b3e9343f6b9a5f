package org.tillit.ui.widgets;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tillit.model.codebook.Language;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/** The Codebook view's header: filter-as-you-type, editing buttons, and the label language. */
public final class CodebookToolbar {

    /** What the buttons do; the view wires them to the selected code. */
    public interface Actions {
        void add();

        void addSub();

        void rename();

        void recolour();

        void define();

        void merge();

        void delete();
    }

    public static final String FILTER_ID = "tillit.codebook.filter";

    private final ToolItem swedish;
    private final ToolItem english;

    public CodebookToolbar(Composite parent, Actions actions, Consumer<String> onFilter, Consumer<Language> onLanguage) {
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 2;
        header.setLayout(layout);

        Text filter = WidgetIds.tag(new Text(header, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL),
                FILTER_ID);
        filter.setMessage(Messages.Toolbar_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.Modify, e -> onFilter.accept(filter.getText()));

        ToolBar languages = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
        swedish = radio(languages, "SV", Messages.Toolbar_swedish, () -> onLanguage.accept(Language.SV));
        english = radio(languages, "EN", Messages.Toolbar_english, () -> onLanguage.accept(Language.EN));

        // Two short rows rather than one long one: the view is often narrow.
        ToolBar structure = row(header);
        push(structure, Messages.Toolbar_add, Messages.Toolbar_addTip, actions::add);
        push(structure, Messages.Toolbar_addSub, Messages.Toolbar_addSubTip, actions::addSub);
        push(structure, Messages.Toolbar_merge, Messages.Toolbar_mergeTip, actions::merge);
        push(structure, Messages.Toolbar_delete, Messages.Toolbar_deleteTip, actions::delete);
        ToolBar fields = row(header);
        push(fields, Messages.Toolbar_rename, Messages.Toolbar_renameTip, actions::rename);
        push(fields, Messages.Toolbar_colour, Messages.Toolbar_colourTip, actions::recolour);
        push(fields, Messages.Toolbar_define, Messages.Toolbar_defineTip, actions::define);
    }

    public void showLanguage(Language language) {
        swedish.setSelection(language == Language.SV);
        english.setSelection(language == Language.EN);
    }

    private static ToolBar row(Composite header) {
        ToolBar bar = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return bar;
    }

    private static ToolItem push(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
        return item;
    }

    private static ToolItem radio(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.RADIO);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection()) {
                action.run();
            }
        });
        return item;
    }
}
