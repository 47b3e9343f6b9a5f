package org.tillit.ui.testing;

import java.util.ArrayList;
import java.util.List;

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
        return bot.sync(() -> {
            List<String> labels = new ArrayList<>();
            for (TreeItem item : tree.getItems()) {
                labels.add(item.getText());
            }
            return labels;
        });
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
