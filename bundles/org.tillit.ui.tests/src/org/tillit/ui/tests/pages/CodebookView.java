package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.BotTree;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Keyboard;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.widgets.CodebookToolbar;

/** The Codebook view: the code tree, its filter, its editing buttons and the label language. */
public final class CodebookView {

    private final UiBot bot;
    private final BotShell window;
    private final Tree treeWidget;
    private final BotTree tree;

    CodebookView(UiBot bot, BotShell window) {
        this.bot = bot;
        this.window = window;
        this.treeWidget = bot.widget(Tree.class, WidgetIds.CODEBOOK_TREE);
        this.tree = new BotTree(bot, treeWidget);
    }

    public List<String> groups() {
        return tree.topLevelLabels();
    }

    public List<String> codesIn(String group) {
        return tree.childrenOf(group);
    }

    public List<String> allLabels() {
        return tree.allLabels();
    }

    public CodebookView select(String... path) {
        tree.select(path);
        return this;
    }

    /** Add (after the selected code): the labels dialog, filled in and confirmed. */
    /** Puts a code on Ctrl+number through the tree's menu, Favourite key > Ctrl+number. */
    public void assignFavourite(int number, String... path) {
        tree.select(path);
        bot.run(() -> {
            Menu menu = treeWidget.getMenu();
            menu.notifyListeners(SWT.Show, new Event());
            Menu keys = item(menu, "Favourite key").getMenu();
            keys.notifyListeners(SWT.Show, new Event());
            MenuItem key = item(keys, "Ctrl+" + number);
            key.setSelection(true);
            key.notifyListeners(SWT.Selection, new Event());
        });
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (text.equals(item.getText())) {
                return item;
            }
        }
        throw new IllegalArgumentException("no '" + text + "' in the codebook's menu");
    }

    /** Double-clicks a code: it is applied to the text selected in the coding editor. */
    public void doubleClick(String... path) {
        tree.doubleClick(path);
    }

    /** The Codings column of a code: its own codings, and with its sub-codes in brackets. */
    public String codings(String... path) {
        tree.select(path);
        return bot.sync(() -> treeWidget.getSelection()[0].getText(1));
    }

    public void addCode(String labelSv, String labelEn) {
        window.toolItem("Add").click();
        new CodeLabels(bot, bot.shell("New Code")).enter(labelSv, labelEn);
    }

    public void renameSelected(String labelSv, String labelEn) {
        window.toolItem("Rename").click();
        new CodeLabels(bot, bot.shell("Rename Code")).enter(labelSv, labelEn);
    }

    /** The view in front and active, as a click into its tree makes it. */
    public void activate() {
        bot.run(() -> {
            treeWidget.getShell().forceActive();
            treeWidget.forceFocus();
        });
    }

    /** Presses a key with modifiers in the tree, as the user would (e.g. Ctrl+Z). */
    public void pressInTree(char key, int... modifiers) {
        bot.run(() -> {
            treeWidget.getShell().forceActive();
            treeWidget.setFocus();
        });
        Keyboard.press(bot, key, modifiers);
    }

    public void filter(String text) {
        new BotText(bot, bot.widget(Text.class, CodebookToolbar.FILTER_ID)).setText(text);
    }

    public void showIn(String language) {
        window.toolItem(language).click();
    }

    public void waitUntilGroupsInclude(String label) {
        bot.waitUntil(Condition.of("a top-level code '" + label + "'", () -> tree.topLevelLabelsOnUiThread().contains(label)));
    }

    public void waitUntilGroupsExclude(String label) {
        bot.waitUntil(Condition.of("no top-level code '" + label + "'", () -> !tree.topLevelLabelsOnUiThread().contains(label)));
    }
}
