package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.BotTable;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.ScreenshotOnFailure;
import org.tillit.ui.testing.UiBot;

/**
 * The workbench in Swedish, as Equinox starts it with -nl sv: the application model, Tillit's
 * messages and JFace's buttons. Runs in a workbench of its own (the pom's execution "swedish").
 */
@ExtendWith(ScreenshotOnFailure.class)
class SwedishUiTest {

    @BeforeAll
    static void onlyInSwedish() {
        // A -Dtest=... that names this class runs it in the English workbench too: nothing to see there.
        assumeTrue(Locale.getDefault().getLanguage().equals("sv"), "the workbench runs in " + Locale.getDefault());
    }

    private final UiBot bot = new UiBot();
    private final BotShell window = bot.shellStartingWith("Tillit – ");

    @Test
    void theMenusAreInSwedish() {
        assertEquals("Importera dokument…", window.menu("Arkiv", "Importera dokument…").text());
        assertEquals("Importera attribut…", window.menu("Arkiv", "Importera attribut…").text());
        assertEquals("Ångra", window.menuItemStartingWith("Redigera", "Ångra").text());
        assertEquals("Inställningar…", window.menu("Redigera", "Inställningar…").text());
        assertEquals("Om Tillit", window.menu("Hjälp", "Om Tillit").text());
    }

    @Test
    void theViewsAreInSwedish() {
        BotTable documents = new BotTable(bot, bot.widget(Table.class, WidgetIds.DOCUMENTS_TABLE));
        List<String> columns = documents.columnTitles();
        // The attribute columns a sheet of an earlier test set stand between the name and the format.
        assertEquals("Namn", columns.get(0));
        assertEquals(List.of("Format", "Tecken", "Kodningar", "Talare", "Importerad"),
                columns.subList(columns.size() - 5, columns.size()));
        Label status = bot.widget(Label.class, WidgetIds.PROGRESS_LABEL);
        bot.waitUntil(Condition.of("the status bar to say Klar", () -> "Klar".equals(status.getText())));
        assertNotNull(window.toolItem("Ny kod"));
        assertNotNull(window.toolItem("Byt namn"));
    }

    @Test
    void jfaceSpeaksSwedishToo() {
        assertEquals("Avbryt", IDialogConstants.CANCEL_LABEL);
        assertEquals("&Stäng", IDialogConstants.CLOSE_LABEL);
    }
}
