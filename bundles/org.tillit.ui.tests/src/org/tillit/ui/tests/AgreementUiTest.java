package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.store.CoderIdentity;
import org.tillit.ui.CoderPreference;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.Screenshots;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.AgreementView;
import org.tillit.ui.tests.pages.ExportDialog;
import org.tillit.ui.tests.pages.PreferencesPage;
import org.tillit.ui.tests.pages.TillitWindow;
import org.tillit.ui.tests.support.CodedInterviews;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * Two coders in the workbench: the system user codes a manager's and an employee's interview, then
 * Bo, chosen in the preferences, codes the manager's the same way and the employee's not at all.
 * The Agreement view, split by role, shows full agreement among managers and none beyond chance
 * among employees, and opens the disagreement in its document.
 */
@TillitUiTest
class AgreementUiTest {

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();

    @BeforeAll
    static void twoCodersCodeTheInterviews() throws Exception {
        UiBot bot = new UiBot();
        CodedInterviews interviews = new CodedInterviews(bot);
        interviews.importTexts(files, List.of("chef-anna.txt", "medarbetare-bo.txt"), List.of(
                List.of("I: Hur fick ni stöd?", "IP: Vi fick stöd av en processledare."),
                List.of("I: Och tiden?", "IP: Tiden räcker inte, men vi får bestämma mer själva.")));
        interviews.giveRoles(files, CodedInterviews.roles("chef-anna", "Chef", "medarbetare-bo", "Medarbetare"));
        TillitWindow window = new TillitWindow(bot);
        window.code("chef-anna.txt", "stöd av en processledare", "Stöd");
        window.code("medarbetare-bo.txt", "Tiden räcker inte", "Stöd");
        PreferencesPage preferences = PreferencesPage.open(bot);
        preferences.typeCoderName("Bo");
        preferences.applyAndClose();
        window.code("chef-anna.txt", "stöd av en processledare", "Stöd");
    }

    @AfterAll
    static void codeAsTheSystemUserAgain() throws Exception {
        CoderPreference.choose(null);
        OpenProject.store().useCoder(CoderIdentity.ofSystemUser());
    }

    @Test
    void splitByRoleTheManagersAgreeFullyAndTheEmployeesDisagreementOpensInItsDocument() {
        TillitWindow window = new TillitWindow(bot);
        AgreementView agreement = window.agreement();
        String me = CoderIdentity.ofSystemUser().name();
        assertEquals(List.of(me, "Bo"), agreement.coders());
        agreement.waitUntilComputed(); // the first two coders are compared as soon as the view opens
        assertEquals(List.of(me, "Bo"), agreement.chosenCoders());
        agreement.coders(me, "Bo");
        agreement.groupBy("Roll");
        agreement.waitUntilComputed();
        assertTrue(agreement.groups().containsAll(List.of("All documents", "Chef/enhetschef", "Medarbetare")),
                agreement.groups().toString());
        assertEquals(List.of("100.0 %", "1.000", "1.000"), List.of(agreement.cell("All codes", "Chef/enhetschef", "Agreement"),
                agreement.cell("All codes", "Chef/enhetschef", "Kappa"), agreement.cell("All codes", "Chef/enhetschef", "Alpha")));
        assertEquals("0.000", agreement.cell("All codes", "Medarbetare", "Kappa"));
        assertEquals("Disagreements: 1", agreement.status());
        assertEquals(List.of("medarbetare-bo.txt"), agreement.disagreementDocuments());
        assertEquals(List.of("Tiden räcker inte"), agreement.disagreementTexts());

        agreement.openDisagreementIn("medarbetare-bo");
        window.editor().waitUntilSelected("Tiden räcker inte");
    }

    @Test
    void theSelectedCodeWithItsSubCodesNarrowsTheComparison() {
        TillitWindow window = new TillitWindow(bot);
        AgreementView agreement = window.agreement();
        agreement.waitUntilComputed();
        agreement.groupBy("All documents together");
        agreement.codes("Selected code");
        window.codebook().select("Principer", "Långsiktighet");
        bot.waitUntil(Condition.of("only the selected code compared", () -> agreement.status().equals("Disagreements: 0")
                && agreement.codes().contains("Principer/Långsiktighet")));
        assertFalse(agreement.codes().contains("Principer/Stöd"), agreement.codes().toString());
        window.codebook().select("Principer", "Stöd");
        bot.waitUntil(Condition.of("Stöd compared", () -> agreement.status().equals("Disagreements: 1")
                && agreement.codes().contains("Principer/Stöd")));
        List<String> codes = agreement.codes();
        assertEquals("All codes", codes.get(codes.size() - 1));
        assertTrue(codes.subList(0, codes.size() - 1).stream().allMatch(c -> c.startsWith("Principer/Stöd")),
                "Stöd and its sub-codes only: " + codes);
        Screenshots.capture(bot, "agreement-selected-code");
        agreement.codes("All codes used");
        agreement.waitUntilComputed();
    }

    @Test
    void theTableGoesToAnExcelWorkbookFromItsContextMenu() throws Exception {
        AgreementView agreement = new TillitWindow(bot).agreement();
        agreement.waitUntilComputed();
        ExportDialog dialog = ExportDialog.fromContextMenu(bot, bot.widget(NatTable.class, WidgetIds.AGREEMENT_TABLE),
                "Export…");
        Path xlsx = files.resolve("overensstammelse.xlsx");
        dialog.format("Excel workbook (XLSX)").file(xlsx);
        dialog.export();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("Agreement between coders", "Disagreements", "About this export"), sheets);
            assertEquals("agreement", workbook.getProperties().getCustomProperties().getProperty("query.export").getLpwstr());
            assertEquals("Tiden räcker inte", workbook.getSheet("Disagreements").getRow(1).getCell(6).getStringCellValue());
        }
    }
}
