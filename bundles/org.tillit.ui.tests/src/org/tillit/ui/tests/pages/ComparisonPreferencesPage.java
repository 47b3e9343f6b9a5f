package org.tillit.ui.tests.pages;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Tree;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotTree;
import org.tillit.ui.testing.UiBot;

/** Edit &gt; Preferences…, page Comparison: the respondent check's thresholds. */
public final class ComparisonPreferencesPage {

    private final UiBot bot;
    private final BotShell shell;

    private ComparisonPreferencesPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    public static ComparisonPreferencesPage open(UiBot bot) {
        BotShell window = bot.shellStartingWith("Tillit – ");
        window.activate();
        window.menu("Edit", "Preferences…").click();
        BotShell dialog = bot.shell(PreferencesPage.TITLE);
        Tree pages = bot.sync(() -> Widgets.findAll(new Shell[] { dialog.widget() }, Tree.class).get(0));
        new BotTree(bot, pages).select("Comparison");
        return new ComparisonPreferencesPage(bot, dialog);
    }

    public int maxSharePercent() {
        Spinner spinner = spinner(WidgetIds.COMPARISON_MAX_SHARE);
        return bot.sync(spinner::getSelection);
    }

    public int minCases() {
        Spinner spinner = spinner(WidgetIds.COMPARISON_MIN_CASES);
        return bot.sync(spinner::getSelection);
    }

    public void thresholds(int maxSharePercent, int minCases) {
        Spinner share = spinner(WidgetIds.COMPARISON_MAX_SHARE);
        Spinner cases = spinner(WidgetIds.COMPARISON_MIN_CASES);
        bot.run(() -> {
            share.setSelection(maxSharePercent);
            cases.setSelection(minCases);
        });
    }

    public void applyAndClose() {
        shell.button("Apply and Close").click();
        shell.waitUntilClosed();
    }

    private Spinner spinner(String id) {
        return shell.widget(Spinner.class, id);
    }
}
