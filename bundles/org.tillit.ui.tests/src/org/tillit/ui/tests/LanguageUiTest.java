package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tillit.ui.preferences.UiLanguage;
import org.tillit.ui.testing.ScreenshotOnFailure;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.PreferencesPage;

/**
 * The user-interface language is chosen in Edit &gt; Preferences… and remembered; JFace's own
 * buttons have Swedish too. (The tests run in English: see the pom's -nl en.)
 */
@ExtendWith(ScreenshotOnFailure.class)
class LanguageUiTest {

    private final UiBot bot = new UiBot();

    @AfterEach
    void followTheSystemAgain() throws Exception {
        UiLanguage.choose(UiLanguage.SYSTEM);
    }

    @Test
    void theLanguageIsChosenAndRemembered() {
        PreferencesPage preferences = PreferencesPage.open(bot);
        assertEquals(List.of("Follow the system", "Svenska", "English"), preferences.languages());
        assertEquals("Follow the system", preferences.language());
        preferences.chooseLanguage("English");
        // English is what the workbench shows already, so no restart is offered.
        preferences.applyAndClose();
        assertEquals(UiLanguage.ENGLISH, UiLanguage.chosen());

        PreferencesPage again = PreferencesPage.open(bot);
        assertEquals("English", again.language());
        again.cancel();
    }

    @Test
    void cancelKeepsTheLanguage() {
        PreferencesPage preferences = PreferencesPage.open(bot);
        preferences.chooseLanguage("Svenska");
        preferences.cancel();
        assertEquals(UiLanguage.SYSTEM, UiLanguage.chosen());
    }

    @Test
    void aRestartIsOfferedOnlyForAnotherLanguageThanTheOneShown() {
        String system = System.getProperty("user.language");
        try {
            // As on a Swedish desktop where Tillit was started with -nl en.
            System.setProperty("user.language", "sv");
            assertTrue(UiLanguage.ENGLISH.isShown());
            assertFalse(UiLanguage.SWEDISH.isShown());
            assertFalse(UiLanguage.SYSTEM.isShown(), "following the system means Swedish here");
        } finally {
            System.setProperty("user.language", system);
        }
    }

    @Test
    void jfaceButtonsHaveSwedish() {
        ResourceBundle swedish = ResourceBundle.getBundle("org.eclipse.jface.messages", Locale.forLanguageTag("sv"),
                JFaceResources.class.getClassLoader());
        assertEquals("Avbryt", swedish.getString("cancel"));
        assertEquals("Verkställ och stäng", swedish.getString("PreferencesDialog.okButtonLabel"));
    }
}
