package org.tillit.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree: read the labels of its items. */
public final class BotTree {

    private final UiBot bot;
    private final Tree tree;

    public BotTree(UiBot bot, Tree tree) {
        this.bot = bot;
        this.tree = tree;
    }

    public List<String> topLevelLabels() {
        return bot.sync(this::topLevelLabelsOnUiThread);
    }

    /** For conditions, which already run on the UI thread. */
    public List<String> topLevelLabelsOnUiThread() {
        List<String> labels = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            labels.add(item.getText());
        }
        return labels;
    }

    /** Selects an item by its path of labels from the top, as a click would. */
    public void select(String... path) {
        bot.waitUntil(Condition.of("item " + String.join(" > ", path) + " in the tree", () -> find(path) != null));
        bot.run(() -> {
            TreeItem item = find(path);
            tree.setFocus();
            tree.setSelection(item);
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Selection, event);
        });
    }

    /** Selects the item and opens it, as a double-click does (JFace hears SWT.DefaultSelection). */
    public void doubleClick(String... path) {
        select(path);
        bot.run(() -> {
            Event open = new Event();
            open.item = find(path);
            tree.notifyListeners(SWT.DefaultSelection, open);
        });
    }

    /** Every label shown in the tree, depth first (collapsed items included). */
    public List<String> allLabels() {
        return bot.sync(() -> {
            List<String> labels = new ArrayList<>();
            collect(tree.getItems(), labels);
            return labels;
        });
    }

    private static void collect(TreeItem[] items, List<String> labels) {
        for (TreeItem item : items) {
            if (!item.getText().isEmpty()) {
                labels.add(item.getText());
            }
            collect(item.getItems(), labels);
        }
    }

    private TreeItem find(String... path) {
        TreeItem[] level = tree.getItems();
        TreeItem found = null;
        for (String label : path) {
            found = null;
            for (TreeItem item : level) {
                if (label.equals(item.getText())) {
                    found = item;
                }
            }
            if (found == null) {
                return null;
            }
            level = found.getItems();
        }
        return found;
    }

    /** Labels of the children of the top-level item with this label (expanded items only). */
    public List<String> childrenOf(String topLevelLabel) {
        return bot.sync(() -> {
            List<String> labels = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                if (topLevelLabel.equals(item.getText())) {
                    for (TreeItem child : item.getItems()) {
                        labels.add(child.getText());
                    }
                }
            }
            return labels;
        });
    }
}
