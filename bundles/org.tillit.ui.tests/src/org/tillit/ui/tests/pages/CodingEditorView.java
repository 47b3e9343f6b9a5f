package org.tillit.ui.tests.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Keyboard;
import org.tillit.ui.testing.UiBot;

/** The coding editor shown in front: its text, highlights, lanes, keys and quick-code popup. */
public final class CodingEditorView {

    private final UiBot bot;

    CodingEditorView(UiBot bot) {
        this.bot = bot;
    }

    public String text() {
        return bot.sync(() -> text(textWidget()));
    }

    public String title() {
        return bot.sync(() -> {
            for (Label title : Widgets.findAll(shell(), Label.class, WidgetIds.DOCUMENT_TITLE)) {
                if (title.isVisible()) {
                    return title.getText().strip();
                }
            }
            throw new IllegalStateException("no coding editor is showing");
        });
    }

    public void waitUntilShowing(String fragment) {
        bot.waitUntil(Condition.of("the editor to show '" + fragment + "'", () -> bot.sync(() -> {
            StyledText text = visibleText();
            return text != null && text.getText().contains(fragment);
        })));
    }

    /** Selects the first occurrence of a fragment, as a mouse drag over it would. */
    public void select(String fragment) {
        bot.run(() -> {
            StyledText text = textWidget();
            int start = text.getText().indexOf(fragment);
            if (start < 0) {
                throw new IllegalArgumentException("'" + fragment + "' is not in the text");
            }
            text.setFocus();
            text.setSelection(start, start + fragment.length());
        });
    }

    public void press(char key, int... modifiers) {
        bot.run(() -> {
            textWidget().getShell().forceActive();
            textWidget().setFocus();
        });
        Keyboard.press(bot, key, modifiers);
    }

    /** A key without a character, e.g. Alt+Down: {@code pressKey(SWT.ARROW_DOWN, SWT.ALT)}. */
    public void pressKey(int keyCode, int... modifiers) {
        bot.run(() -> {
            textWidget().getShell().forceActive();
            textWidget().setFocus();
        });
        Keyboard.pressKeyCode(bot, keyCode, modifiers);
    }

    /** Opens the quick-code popup with its key, types the filter and applies with Enter. */
    public void quickCode(String typed) {
        press('c');
        chooseInPopup(typed);
    }

    /** Ctrl+F, then the text to find and Enter: the first match after the caret is selected. */
    public void find(String what) {
        press('f', SWT.CTRL);
        BotText field = new BotText(bot, bot.widget(Text.class, WidgetIds.FIND_TEXT));
        field.setText(what);
        field.pressEnter();
    }

    /** Enter again in the find bar: the next match. */
    public void findNext() {
        new BotText(bot, bot.widget(Text.class, WidgetIds.FIND_TEXT)).pressEnter();
    }

    public String findStatus() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.FIND_STATUS).getText());
    }

    public int selectionStart() {
        return bot.sync(() -> textWidget().getSelection().x);
    }

    public String selectedText() {
        return bot.sync(() -> textWidget().getSelectionText());
    }

    public void waitUntilSelected(String expected) {
        bot.waitUntil(Condition.of("'" + expected + "' selected", () -> expected.equals(selectedText())));
    }

    /**
     * Drags the bottom end of the selected coding's lane down to the line of a fragment. The mouse
     * events go to the margin itself, as SWTBot sends clicks: pointer events posted through XTest
     * reach GTK under Xvfb with the coordinates of the screen's corner.
     */
    public void dragSelectedLaneEndTo(String fragment) {
        bot.run(() -> {
            StyledText text = textWidget();
            Canvas lanes = visibleLanes();
            Rectangle lane = (Rectangle) lanes.getData(WidgetIds.SELECTED_LANE);
            if (lane == null) {
                throw new IllegalStateException("no coding is selected in the margin");
            }
            int x = lane.x + lane.width / 2;
            int fromY = lane.y + lane.height - 1;
            int offset = text.getText().indexOf(fragment);
            Rectangle target = text.getTextBounds(offset, offset);
            int toY = lanes.toControl(text.toDisplay(0, target.y + target.height / 2)).y;
            mouse(lanes, SWT.MouseDown, x, fromY);
            for (int step = 1; step <= 4; step++) {
                mouse(lanes, SWT.MouseMove, x, fromY + (toY - fromY) * step / 4);
            }
            mouse(lanes, SWT.MouseUp, x, toY);
        });
    }

    private static void mouse(Canvas canvas, int type, int x, int y) {
        Event event = new Event();
        event.type = type;
        event.x = x;
        event.y = y;
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        canvas.notifyListeners(type, event);
    }

    /** Puts the caret before the fragment, selecting nothing. */
    public void caretBefore(String fragment) {
        bot.run(() -> {
            StyledText text = textWidget();
            text.setFocus();
            text.setSelection(text.getText().indexOf(fragment));
        });
    }

    /** Edit text on or off, as the editor's "Edit text" button does. */
    public void setEditMode(boolean on) {
        bot.run(() -> {
            for (ToolItem item : Widgets.toolItems(shell(), WidgetIds.EDIT_MODE)) {
                if (item.getParent().isVisible()) {
                    item.setSelection(on);
                    item.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new IllegalStateException("no edit button is showing");
        });
    }

    /** Types (pastes) text at the caret, replacing the selection, as the keyboard or Ctrl+V would. */
    public void typeAtCaret(String typed) {
        bot.run(() -> {
            StyledText text = textWidget();
            text.setFocus();
            text.insert(typed);
        });
    }

    /**
     * Deletes the selected text, as the Delete key does in edit mode, without waiting: the editor
     * may answer with a dialog (codings removed with their text), which the caller then reads.
     */
    public void deleteSelectionWithoutWaiting() {
        bot.async(() -> textWidget().insert(""));
    }

    /** The message of the dialog that lists codings removed with their text; closes it with OK. */
    public String removedCodingsMessage() {
        BotShell dialog = bot.shell("Codings removed with their text");
        String message = bot.sync(() -> {
            StringBuilder all = new StringBuilder();
            for (Label label : Widgets.findAll(new Shell[] { dialog.widget() }, Label.class)) {
                all.append(label.getText()).append('\n');
            }
            return all.toString();
        });
        dialog.button("OK").click();
        return message;
    }

    /** Chooses in the editor's "which codes are highlighted" menu. */
    public void highlightOnly(String choice) {
        chooseInToolMenu(WidgetIds.HIGHLIGHT_FILTER, choice);
    }

    /** Chooses in the editor's "whose codings are shown" menu: a path into its sub-menu ("Side by side", "Anna and Bo side by side"). */
    public void showCoders(String... choice) {
        chooseInToolMenu(WidgetIds.CODER_DISPLAY, choice);
    }

    /** The label of the editor's coders menu: whose codings it shows now. */
    public String codersShown() {
        return bot.sync(() -> Widgets.toolItems(shell(), WidgetIds.CODER_DISPLAY).stream()
                .filter(item -> item.getParent().isVisible()).findFirst().orElseThrow().getText());
    }

    /**
     * The lane groups the margin shows, as the coder's name written along each ("" for the one group
     * of every coder's codings), with how many lanes each has.
     */
    public Map<String, Integer> laneGroups() {
        return bot.sync(() -> {
            Map<String, Integer> groups = new LinkedHashMap<>();
            for (String id : List.of(WidgetIds.CODING_LANES, WidgetIds.CODING_LANES_SECOND)) {
                for (Canvas lanes : Widgets.findAll(shell(), Canvas.class, id)) {
                    if (lanes.isVisible() && lanes.getSize().x > 0) {
                        Object caption = lanes.getData(WidgetIds.LANE_CAPTION);
                        groups.put(caption == null ? "" : (String) caption, (Integer) lanes.getData(WidgetIds.LANE_COUNT));
                    }
                }
            }
            return groups;
        });
    }

    /** Picks a choice in a tool item's drop-down menu, a path through sub-menus, as a click would. */
    private void chooseInToolMenu(String id, String... path) {
        bot.run(() -> {
            for (ToolItem item : Widgets.toolItems(shell(), id)) {
                if (item.getParent().isVisible()) {
                    Widgets.pick(item.getParent().getMenu(), String::equals, path);
                    return;
                }
            }
            throw new IllegalStateException("no menu " + id + " is showing");
        });
    }

    /** Picks an item of the text's context menu by the start of its label (a path into sub-menus), as a right-click would. */
    public void contextMenu(String... labelStarts) {
        bot.run(() -> Widgets.pick(textWidget().getMenu(), String::startsWith, labelStarts));
    }

    /** Opens the quick-code popup from a menu or key already pressed: types the filter and presses Enter. */
    public void chooseInPopup(String typed) {
        Text filter = bot.widget(Text.class, WidgetIds.QUICK_CODE_FILTER);
        new BotText(bot, filter).setText(typed);
        bot.waitUntil(Condition.of("a choice matching '" + typed + "' in the popup",
                () -> bot.sync(() -> quickCodeList().map(Table::getItemCount).orElse(0) > 0)));
        Keyboard.press(bot, '\r');
        bot.waitUntil(Condition.of("the popup to close", () -> bot.sync(() -> quickCodeList().isEmpty())));
    }

    /** Lets the mouse button go over the text, as at the end of a selection drag; with Alt held or not. */
    public void releaseMouse(boolean alt) {
        bot.run(() -> {
            Event up = new Event();
            up.button = 1;
            up.stateMask = SWT.BUTTON1 | (alt ? SWT.ALT : 0);
            textWidget().notifyListeners(SWT.MouseUp, up);
        });
    }

    /**
     * The colour painted behind a fragment's first characters, read from the screen, so that what
     * is checked is what the user sees: the colour most of their pixels have (not the glyphs').
     */
    public RGB backgroundAt(String fragment) {
        return bot.sync(() -> {
            StyledText text = textWidget();
            int offset = text.getText().indexOf(fragment);
            return ScreenColours.mostCommon(text, text.getTextBounds(offset, offset + 2));
        });
    }

    /** The plain background on the fragment's line: the right margin, where nothing is drawn. */
    private RGB plainBackgroundBeside(String fragment) {
        return bot.sync(() -> {
            StyledText text = textWidget();
            int offset = text.getText().indexOf(fragment);
            Rectangle cells = text.getTextBounds(offset, offset);
            return ScreenColours.mostCommon(text, new Rectangle(text.getClientArea().width - 8, cells.y, 4, cells.height));
        });
    }

    /** Waits until the fragment's first characters are highlighted (or no longer, with false). */
    public void waitUntilHighlighted(String fragment, boolean highlighted) {
        bot.run(() -> textWidget().setSelection(textWidget().getCharCount())); // the selection hides highlights
        bot.waitUntil(Condition.of("'" + fragment + "' " + (highlighted ? "" : "not ") + "highlighted",
                () -> !plainBackgroundBeside(fragment).equals(backgroundAt(fragment)) == highlighted));
    }



    /** How many coding editors are open (shown or behind another tab). */
    public int openEditors() {
        return bot.sync(() -> Widgets.findAll(shell(), StyledText.class, WidgetIds.DOCUMENT_TEXT).size());
    }

    /** How many lanes the margin has: as many as the deepest overlap of codings. */
    public int laneCount() {
        return bot.sync(() -> (Integer) visibleLanes().getData(WidgetIds.LANE_COUNT));
    }

    private Canvas visibleLanes() {
        for (Canvas lanes : Widgets.findAll(shell(), Canvas.class, WidgetIds.CODING_LANES)) {
            if (lanes.isVisible()) {
                return lanes;
            }
        }
        throw new IllegalStateException("no coding lanes are showing");
    }

    public void waitUntilLanes(int count) {
        bot.waitUntil(Condition.of(count + " lanes in the margin", () -> laneCount() == count));
    }

    private Optional<Table> quickCodeList() {
        for (Shell shell : bot.display().getShells()) {
            Optional<Table> list = Widgets.find(shell, Table.class, WidgetIds.QUICK_CODE_LIST);
            if (list.isPresent() && shell.isVisible()) {
                return list;
            }
        }
        return Optional.empty();
    }

    private StyledText textWidget() {
        StyledText text = visibleText();
        if (text == null) {
            throw new IllegalStateException("no coding editor is showing");
        }
        return text;
    }

    private StyledText visibleText() {
        for (StyledText text : Widgets.findAll(shell(), StyledText.class, WidgetIds.DOCUMENT_TEXT)) {
            if (text.isVisible()) {
                return text;
            }
        }
        return null;
    }

    private static String text(StyledText text) {
        return text.getText();
    }

    /** Every shell: the widgets of a part may be below the window or e4's hidden shell. */
    private Shell[] shell() {
        return bot.display().getShells();
    }



}
