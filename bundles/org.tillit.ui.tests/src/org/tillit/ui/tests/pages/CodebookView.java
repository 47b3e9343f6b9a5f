package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotTree;
import org.tillit.ui.testing.UiBot;

/** The Codebook view: the code tree. */
public final class CodebookView {

    private final BotTree tree;

    CodebookView(UiBot bot) {
        this.tree = new BotTree(bot, bot.widget(Tree.class, WidgetIds.CODEBOOK_TREE));
    }

    public List<String> groups() {
        return tree.topLevelLabels();
    }

    public List<String> codesIn(String group) {
        return tree.childrenOf(group);
    }
}
