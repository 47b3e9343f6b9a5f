package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.UiBot;

/** Edit &gt; Preferences…: the General page with the user-interface language. */
public final class PreferencesPage {

    public static final String TITLE = "Preferences";

    private final UiBot bot;
    private final BotShell shell;
    private final Combo language;
    private final Text coder;

    private PreferencesPage(UiBot bot, BotShell shell) {
        this.bot = bot;
        this.shell = shell;
        this.language = shell.widget(Combo.class, WidgetIds.PREFERENCES_LANGUAGE);
        this.coder = shell.widget(Text.class, WidgetIds.PREFERENCES_CODER);
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

    public String coderName() {
        return bot.sync(coder::getText);
    }

    /** The hint shown while the coder name is empty: the operating-system user. */
    public String coderHint() {
        return bot.sync(coder::getMessage);
    }

    public void typeCoderName(String name) {
        bot.run(() -> coder.setText(name));
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
