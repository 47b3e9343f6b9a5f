package org.tillit.ui.coding;

import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.l10n.Messages;

/**
 * The line above a coding editor's text: the document's title, the edit-mode switch, and the
 * menus of whose codings and which codes are shown, each labelled with the choice in force.
 */
final class EditorHeader {

    private final Label title;
    private final ToolItem editMode;
    private final ToolItem coderChoice;
    private final ToolItem highlightChoice;

    EditorHeader(Composite body, Consumer<Boolean> onEditMode, Consumer<MenuManager> coderMenu,
            Consumer<MenuManager> highlightMenu) {
        Composite header = new Composite(body, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        header.setLayout(layout);
        title = WidgetIds.tag(new Label(header, SWT.NONE), WidgetIds.DOCUMENT_TITLE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ToolBar tools = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
        tools.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        editMode = WidgetIds.tag(new ToolItem(tools, SWT.CHECK), WidgetIds.EDIT_MODE);
        editMode.setText(Messages.EditMode_label);
        editMode.setToolTipText(Messages.EditMode_tooltip);
        editMode.addListener(SWT.Selection, e -> onEditMode.accept(editMode.getSelection()));
        coderChoice = dropDown(header, WidgetIds.CODER_DISPLAY, Messages.Coders_all, Messages.Coders_tooltip, coderMenu);
        highlightChoice = dropDown(header, WidgetIds.HIGHLIGHT_FILTER, Messages.Highlight_all, Messages.Highlight_tooltip,
                highlightMenu);
    }

    void title(String heading) {
        title.setText(" " + heading);
    }

    String title() {
        return title.getText();
    }

    boolean isEditing() {
        return editMode.getSelection();
    }

    void editing(boolean on) {
        editMode.setSelection(on);
    }

    /** The coders menu's label: whose codings are shown now. */
    void codersShown(String label) {
        relabel(coderChoice, label);
    }

    /** The highlight menu's label: which codes are shown now. */
    void codesShown(String label) {
        relabel(highlightChoice, label);
    }

    private static void relabel(ToolItem item, String label) {
        item.setText(label);
        item.getParent().getParent().layout(true, true); // a longer label widens its tool bar
    }

    /** A tool item that opens a menu of choices filled when it opens; each has a tool bar of its own, which holds the menu. */
    private static ToolItem dropDown(Composite header, String id, String label, String tooltip, Consumer<MenuManager> filler) {
        ToolBar bar = new ToolBar(header, SWT.FLAT | SWT.RIGHT);
        bar.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        ((GridLayout) header.getLayout()).numColumns++;
        ToolItem item = WidgetIds.tag(new ToolItem(bar, SWT.DROP_DOWN), id);
        item.setText(label);
        item.setToolTipText(tooltip);
        MenuManager choices = new MenuManager();
        choices.setRemoveAllWhenShown(true);
        choices.addMenuListener(m -> filler.accept(choices));
        Menu menu = choices.createContextMenu(bar);
        bar.setMenu(menu);
        item.addListener(SWT.Selection, e -> {
            Rectangle bounds = item.getBounds();
            menu.setLocation(bar.toDisplay(bounds.x, bounds.y + bounds.height));
            menu.setVisible(true);
        });
        return item;
    }
}
