package org.tillit.ui.tests.pages;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotText;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** File > New Project… or Open Project…: the folder typed, what is wrong with it, then the restart asked about. */
public final class ProjectFolderPage {

    private final UiBot bot;
    private final BotShell shell;
    private final String confirm;

    private ProjectFolderPage(UiBot bot, BotShell shell, String confirm) {
        this.bot = bot;
        this.shell = shell;
        this.confirm = confirm;
    }

    public static ProjectFolderPage newProject(UiBot bot) {
        bot.shellStartingWith("Tillit").menu("File", "New Project…").click();
        return new ProjectFolderPage(bot, bot.shell("New Project"), "Create");
    }

    public static ProjectFolderPage openProject(UiBot bot) {
        bot.shellStartingWith("Tillit").menu("File", "Open Project…").click();
        return new ProjectFolderPage(bot, bot.shell("Open Project"), "Open");
    }

    /** Types the folder and confirms; the dialog stays open and says why, containing this. */
    public ProjectFolderPage refused(Path folder, String expected) {
        confirm(folder);
        bot.waitUntil(Condition.of("the dialog to say " + expected, () -> problem().contains(expected)));
        return this;
    }

    /** Types the folder and confirms; returns what the restart question says, answered with No. */
    public String acceptedButNotNow(Path folder) {
        confirm(folder);
        shell.waitUntilClosed();
        return MessageAnswer.take(bot, "Open Another Project", "No");
    }

    private void confirm(Path folder) {
        new BotText(bot, shell.widget(Text.class, WidgetIds.PROJECT_FOLDER)).setText(folder.toString());
        shell.button(confirm).click();
    }

    public String problem() {
        return bot.sync(() -> shell.widget(Label.class, WidgetIds.PROJECT_FOLDER_PROBLEM).getText());
    }

    public void cancel() {
        shell.button("Cancel").click();
        shell.waitUntilClosed();
    }
}
