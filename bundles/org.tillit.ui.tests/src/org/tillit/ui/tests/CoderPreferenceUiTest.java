package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tillit.store.CoderIdentity;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.PreferencesPage;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * The coder's name is chosen in Edit &gt; Preferences…: from then on the open project records
 * new codings under it; left empty, the operating-system user codes.
 */
@TillitUiTest
class CoderPreferenceUiTest {

    private final UiBot bot = new UiBot();

    @AfterEach
    void codeAsTheSystemUserAgain() throws Exception {
        CoderPreference.choose(null);
        OpenProject.store().useCoder(CoderIdentity.ofSystemUser());
    }

    @Test
    void aChosenNameIsRememberedAndCodesFromNowOn() throws Exception {
        PreferencesPage preferences = PreferencesPage.open(bot);
        assertEquals("", preferences.coderName());
        assertEquals(CoderIdentity.ofSystemUser().name(), preferences.coderHint());
        preferences.typeCoderName("  Anna Forskare ");
        preferences.applyAndClose();

        assertEquals("Anna Forskare", CoderPreference.chosen());
        assertEquals("Anna Forskare", OpenProject.store().coderIdentity().name());
        assertEquals("Anna Forskare", OpenProject.store().currentCoder().getName());

        PreferencesPage again = PreferencesPage.open(bot);
        assertEquals("Anna Forskare", again.coderName());
        again.typeCoderName("");
        again.applyAndClose();
        assertEquals(CoderIdentity.ofSystemUser(), OpenProject.store().coderIdentity());
    }
}
