package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.TillitUiTest;

/** The workbench shows the open project with its three views and the preloaded codebook. */
@TillitUiTest
class WorkbenchUiTest {

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);

    @Test
    void theWindowNamesTheOpenProject() {
        assertEquals("Tillit – " + WorkbenchUiTest.class.getSimpleName(), window.title());
    }

    @Test
    void theClassStartsOnAnEmptyProjectWhateverRanBefore() {
        assertEquals(List.of(), window.documents().names());
        assertEquals("Undo", window.editLabel("Undo"));
    }

    @Test
    void theCodebookViewShowsTheTbslGroupsAndPrinciples() {
        List<String> groups = window.codebook().groups();
        assertEquals(List.of("Principer", "Praktiker", "Problem med styrningen (NPM)", "Införande",
                "Enhetschefers upplevelser", "Medarbetares upplevelser", "Kollegial granskning", "Tillit i utgångsläget",
                "Behov av stöd"), groups.subList(0, Math.min(9, groups.size())));
        List<String> principles = window.codebook().codesIn("Principer");
        assertEquals(8, principles.size(), principles.toString());
        assertTrue(principles.containsAll(List.of("Tillit", "Handlingsutrymme", "Stöd", "Långsiktighet")),
                principles.toString());
    }

    @Test
    void theStatusBarShowsThatTillitIsReady() {
        Label progress = bot.widget(Label.class, WidgetIds.PROGRESS_LABEL);
        bot.waitUntil(Condition.of("the status bar to be visible and say Ready or report an import",
                () -> progress.isVisible() && progress.getSize().y > 0
                        && (progress.getText().equals("Ready") || progress.getText().startsWith("Imported"))));
    }
}
