package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.store.CoderIdentity;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.CodingEditorView;
import org.tillit.ui.tests.pages.ComparisonView;
import org.tillit.ui.tests.pages.RetrievalView;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * Two coders' codings of the same interviews, apart: the system user codes "stöd av en
 * processledare" in the manager's interview; Bo codes "Vi fick stöd av" and, overlapping it, "stöd
 * av en processledare och resurser" there, and "vi får stöd" in the employee's. The coding editor
 * shows every coder's codings, one coder's, or the two side by side in lane groups of their own;
 * the Retrieval and Comparison views count only the coder chosen.
 */
@TillitUiTest
class TwoCodersUiTest {

    private static final String MANAGER = "chef-anna.txt";
    private static final String SUPPORT = "Principer/Stöd";

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();
    private final TillitWindow window = new TillitWindow(bot);
    private final String me = CoderIdentity.ofSystemUser().name();

    @BeforeAll
    static void twoCodersCodeTheInterviews() throws Exception {
        CodedInterviews interviews = new CodedInterviews(new UiBot());
        interviews.importTexts(files, List.of("chef-anna.txt", "medarbetare-bo.txt"), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Vi fick stöd av en processledare och resurser."),
                List.of("I: Och tiden?", "IP: Tiden räcker inte, men vi får stöd.")));
        interviews.giveRoles(files, CodedInterviews.roles("chef-anna", "Chef", "medarbetare-bo", "Medarbetare"));
        interviews.code(MANAGER, SUPPORT, "stöd av en processledare");
        OpenProject.store().useCoder(new CoderIdentity("Bo"));
        interviews.code(MANAGER, SUPPORT, "Vi fick stöd av");
        interviews.code(MANAGER, "Principer/Långsiktighet", "stöd av en processledare och resurser");
        interviews.code("medarbetare-bo.txt", SUPPORT, "vi får stöd");
        OpenProject.store().useCoder(CoderIdentity.ofSystemUser());
    }

    @AfterAll
    static void codeAsTheSystemUserAgain() throws Exception {
        OpenProject.store().useCoder(CoderIdentity.ofSystemUser());
    }

    @Test
    void theEditorShowsEveryCoderOneCoderOrTwoSideBySide() {
        window.documents().open(MANAGER);
        CodingEditorView editor = window.editor();
        bot.waitUntil(Condition.of("the editor of " + MANAGER, () -> editor.title().startsWith(MANAGER)));
        bot.waitUntil(Condition.of("three lanes: my coding overlaps both of Bo's", () -> Map.of("", 3).equals(editor.laneGroups())));
        assertEquals("All coders", editor.codersShown());

        editor.showCoders("Only Bo");
        bot.waitUntil(Condition.of("Bo's two lanes", () -> Map.of("", 2).equals(editor.laneGroups())));
        editor.waitUntilHighlighted("Vi fick", true);
        editor.showCoders("Only " + me);
        bot.waitUntil(Condition.of("my one lane", () -> Map.of("", 1).equals(editor.laneGroups())));
        editor.waitUntilHighlighted("Vi fick", false);
        editor.waitUntilHighlighted("av en", true);

        editor.showCoders("Side by side", me + " and Bo side by side");
        bot.waitUntil(Condition.of("a lane group for each coder, named", () -> List.of(me, "Bo")
                .equals(List.copyOf(editor.laneGroups().keySet()))));
        assertEquals(Map.of(me, 1, "Bo", 2), editor.laneGroups());
        assertEquals(me + " and Bo side by side", editor.codersShown());
        editor.waitUntilHighlighted("Vi fick", true); // the text shows both coders' codings

        editor.showCoders("All coders");
        bot.waitUntil(Condition.of("one group of three lanes again", () -> Map.of("", 3).equals(editor.laneGroups())));
    }

    @Test
    void retrievalListsOnlyTheChosenCodersSegments() {
        window.codebook().select("Principer", "Stöd");
        RetrievalView retrieval = window.retrieval();
        retrieval.waitUntilRows(3);
        retrieval.coder("Bo");
        retrieval.waitUntilRows(2);
        assertEquals(List.of("Bo", "Bo"), retrieval.column("Coder"));
        assertEquals(List.of("Vi fick stöd av", "vi får stöd"), retrieval.column("Text"));
        retrieval.coder(me);
        retrieval.waitUntilRows(1);
        assertEquals(List.of("stöd av en processledare"), retrieval.column("Text"));
        retrieval.coder("All coders");
        retrieval.waitUntilRows(3);
    }

    @Test
    void theComparisonCountsOnlyTheChosenCodersCodings() {
        ComparisonView comparison = window.comparison();
        comparison.groupBy("Roll");
        comparison.waitUntilCell(SUPPORT, "Chef/enhetschef", "2");
        assertEquals("1", comparison.cell(SUPPORT, "Medarbetare"));
        comparison.coder("Bo");
        comparison.waitUntilCell(SUPPORT, "Chef/enhetschef", "1");
        assertEquals("1", comparison.cell(SUPPORT, "Medarbetare"));
        comparison.coder(me);
        comparison.waitUntilCell(SUPPORT, "Medarbetare", "0");
        assertEquals("1", comparison.cell(SUPPORT, "Chef/enhetschef"));
        comparison.coder("All coders");
        comparison.waitUntilCell(SUPPORT, "Chef/enhetschef", "2");
    }
}
