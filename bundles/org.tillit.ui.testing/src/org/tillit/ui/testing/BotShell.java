package org.tillit.ui.testing;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/** A shell (window or dialog) and the widgets inside it. */
public final class BotShell {

    private final UiBot bot;
    private final Shell shell;

    BotShell(UiBot bot, Shell shell) {
        this.bot = bot;
        this.shell = shell;
    }

    public Shell widget() {
        return shell;
    }

    public String title() {
        return bot.sync(shell::getText);
    }

    public void activate() {
        bot.run(() -> {
            shell.forceActive();
            shell.setFocus();
        });
    }

    public boolean isOpen() {
        return bot.sync(() -> !shell.isDisposed() && shell.isVisible());
    }

    public void waitUntilClosed() {
        bot.waitUntil(Condition.of("shell '" + titleOrClosed() + "' to close", () -> shell.isDisposed() || !shell.isVisible()));
    }

    private String titleOrClosed() {
        return bot.sync(() -> shell.isDisposed() ? "(closed)" : shell.getText());
    }

    /** A push button in this shell by its label, mnemonics ignored ("&Import" is "Import"). */
    public BotButton button(String label) {
        Button button = bot.waitFor("button '" + label + "' in '" + titleOrClosed() + "'",
                () -> UiBot.find(shell, Button.class, b -> label.equals(Labels.plain(b.getText()))));
        return new BotButton(bot, button);
    }

    public <W extends Widget> W widget(Class<W> type, String id) {
        return bot.waitFor(type.getSimpleName() + " '" + id + "' in '" + titleOrClosed() + "'",
                () -> UiBot.find(shell, type, w -> id.equals(w.getData(UiBot.ID_KEY))));
    }

    /** A tool bar button anywhere in this shell, by its text. */
    public BotToolItem toolItem(String text) {
        ToolItem item = bot.waitFor("tool item '" + text + "' in '" + titleOrClosed() + "'", () -> {
            for (ToolBar bar : UiBot.findAll(shell, ToolBar.class)) {
                for (ToolItem candidate : bar.getItems()) {
                    if (text.equals(candidate.getText()) && !candidate.isDisposed()) {
                        return Optional.of(candidate);
                    }
                }
            }
            return Optional.empty();
        });
        return new BotToolItem(bot, item);
    }

    /** An item of a top-level menu whose label starts with the prefix (labels that change, like Undo). */
    public BotMenuItem menuItemStartingWith(String menuLabel, String prefix) {
        MenuItem item = bot.waitFor("menu " + menuLabel + " > " + prefix + "…", () -> {
            Menu bar = shell.getMenuBar();
            for (MenuItem top : bar.getItems()) {
                if (menuLabel.equals(Labels.plain(top.getText())) && top.getMenu() != null) {
                    top.getMenu().notifyListeners(SWT.Show, new Event());
                    return Arrays.stream(top.getMenu().getItems())
                            .filter(i -> Labels.plain(i.getText()).startsWith(prefix)).findFirst();
                }
            }
            return Optional.empty();
        });
        return new BotMenuItem(bot, item);
    }

    /** A menu item of this shell's menu bar by its path of labels, e.g. "File", "Import Documents…". */
    public BotMenuItem menu(String... path) {
        MenuItem item = bot.waitFor("menu " + String.join(" > ", path), () -> {
            Menu menu = shell.getMenuBar();
            MenuItem found = null;
            for (String label : path) {
                if (menu == null) {
                    return Optional.empty();
                }
                // e4 and JFace fill menus when they are shown, as a real click would.
                menu.notifyListeners(SWT.Show, new Event());
                found = Arrays.stream(menu.getItems()).filter(i -> label.equals(Labels.plain(i.getText())))
                        .findFirst().orElse(null);
                if (found == null) {
                    return Optional.empty();
                }
                menu = found.getMenu();
            }
            return Optional.ofNullable(found);
        });
        return new BotMenuItem(bot, item);
    }
}
