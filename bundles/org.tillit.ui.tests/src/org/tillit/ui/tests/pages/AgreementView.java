package org.tillit.ui.tests.pages;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.tillit.ui.WidgetIds;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/**
 * The Agreement view: the two coders and the grouping, the table of agreement per code and group,
 * and the disagreements below (one is opened as a double-click does).
 */
public final class AgreementView {

    private final UiBot bot;
    private final ResultsTable table;
    private final ResultsTable disagreements;

    AgreementView(UiBot bot) {
        this.bot = bot;
        Tabs.show(bot, "Agreement");
        table = new ResultsTable(bot, bot.widget(NatTable.class, WidgetIds.AGREEMENT_TABLE));
        disagreements = new ResultsTable(bot, bot.widget(NatTable.class, WidgetIds.AGREEMENT_DISAGREEMENTS));
    }

    public List<String> coders() {
        return bot.sync(() -> List.of(bot.widget(Combo.class, WidgetIds.AGREEMENT_FIRST).getItems()));
    }

    /** The two coders chosen now. */
    public List<String> chosenCoders() {
        return bot.sync(() -> List.of(bot.widget(Combo.class, WidgetIds.AGREEMENT_FIRST).getText(),
                bot.widget(Combo.class, WidgetIds.AGREEMENT_SECOND).getText()));
    }

    public void coders(String first, String second) {
        choose(WidgetIds.AGREEMENT_FIRST, first);
        choose(WidgetIds.AGREEMENT_SECOND, second);
    }

    /** An attribute's name, or "All documents together". */
    public void groupBy(String label) {
        choose(WidgetIds.AGREEMENT_BY, label);
    }

    /** "All codes used", or "Selected code" (the Codebook view's, with its sub-codes). */
    public void codes(String label) {
        choose(WidgetIds.AGREEMENT_SCOPE, label);
    }

    /** The codes in the table's rows, "All codes" for the overall row. */
    public List<String> codes() {
        return table.column("Code");
    }

    public String status() {
        return bot.sync(() -> bot.widget(Label.class, WidgetIds.AGREEMENT_STATUS).getText());
    }

    /** Waits until the computation for the choice made has shown its result. */
    public void waitUntilComputed() {
        bot.waitUntil(Condition.of("the agreement computed", () -> status().startsWith("Disagreements: ")));
    }

    /** The cell under the header in the row of this code (its path, or "All codes") and group. */
    public String cell(String code, String group, String header) {
        List<String> codes = table.column("Code");
        List<String> groups = table.column("Group");
        for (int row = 0; row < codes.size(); row++) {
            if (codes.get(row).equals(code) && groups.get(row).equals(group)) {
                return table.cell(row, header);
            }
        }
        throw new AssertionError("no row " + code + " / " + group + " in " + codes + " " + groups);
    }

    public List<String> groups() {
        return table.column("Group");
    }

    public List<String> disagreementDocuments() {
        return disagreements.column("Document");
    }

    public List<String> disagreementTexts() {
        return disagreements.column("Text");
    }

    /** Opens the disagreement whose document's name contains the fragment. */
    public void openDisagreementIn(String document) {
        disagreements.click("Document", document, true);
    }

    private void choose(String id, String label) {
        bot.run(() -> Widgets.choose(bot.widget(Combo.class, id), label));
    }
}
