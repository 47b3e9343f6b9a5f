package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.UiBot;

/** Edit &gt; Preferences…: the General page with the user-interface language. */
public final class PreferencesPage {

    public static final String TITLE = "Preferences";

    private final UiBot bot;
    private final BotShell shell;
    private final Combo language;

    private PreferencesPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
        this.language = shell.widget(Combo.class, WidgetIds.PREFERENCES_LANGUAGE);
    }

    public static PreferencesPage open(UiBot bot) {
        BotShell window = bot.shellStartingWith("Tillit – ");
        window.activate();
        window.menu("Edit", "Preferences…").click();
        return new PreferencesPage(bot, bot.shell(TITLE));
    }

    public List<String> languages() {
        return bot.sync(() -> List.of(language.getItems()));
    }

    public String language() {
        return bot.sync(language::getText);
    }

    public void chooseLanguage(String shown) {
        bot.run(() -> language.select(language.indexOf(shown)));
    }

    /** Apply and Close: stores the choice and closes the dialog. */
    public void applyAndClose() {
        shell.button("Apply and Close").click();
        shell.waitUntilClosed();
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }
}
