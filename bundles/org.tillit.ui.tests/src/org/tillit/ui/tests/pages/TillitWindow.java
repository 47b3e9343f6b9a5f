package org.tillit.ui.tests.pages;

import org.tillit.ui.testing.BotShell;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;

/** The Tillit workbench window: its title and main menu, and the way into each view. */
public final class TillitWindow {

    private final UiBot bot;
    private final BotShell shell;

    public TillitWindow(UiBot bot) {
        this.bot = bot;
        this.shell = bot.shellStartingWith("Tillit – ");
    }

    public String title() {
        return shell.title();
    }

    public ImportDialog openImportDialog() {
        shell.activate();
        shell.menu("File", "Import Documents…").click();
        return new ImportDialog(bot, bot.shell(ImportDialog.TITLE));
    }

    public ReplaceAllPage openReplaceAll() {
        shell.activate();
        shell.menu("Edit", "Replace in All Documents…").click();
        return new ReplaceAllPage(bot, bot.shell(ReplaceAllPage.TITLE));
    }

    public ImportAttributesPage openImportAttributesDialog() {
        shell.activate();
        shell.menu("File", "Import Attributes…").click();
        return new ImportAttributesPage(bot, bot.shell(ImportAttributesPage.TITLE));
    }

    public DocumentsView documents() {
        return new DocumentsView(bot);
    }

    /** The coding editor in front. */
    public CodingEditorView editor() {
        return new CodingEditorView(bot);
    }

    public MemoView memo() {
        return new MemoView(bot);
    }

    public MemosView memos() {
        return new MemosView(bot);
    }

    public RetrievalView retrieval() {
        return new RetrievalView(bot);
    }

    public QuoteMatrixView quoteMatrix() {
        return new QuoteMatrixView(bot);
    }

    /** Opens the document, selects the fragment and codes it through the quick-code popup. */
    public void code(String document, String fragment, String code) {
        documents().open(document);
        CodingEditorView editor = editor();
        bot.waitUntil(Condition.of("the editor of " + document, () -> editor.title().startsWith(document)));
        editor.select(fragment);
        editor.quickCode(code);
        editor.waitUntilHighlighted(fragment, true);
    }

    public SearchView search() {
        return new SearchView(bot, shell);
    }

    public CooccurrenceView cooccurrence() {
        return new CooccurrenceView(bot);
    }

    public AgreementView agreement() {
        return new AgreementView(bot);
    }

    public ComparisonView comparison() {
        return new ComparisonView(bot);
    }

    public CodebookView codebook() {
        return new CodebookView(bot, shell);
    }

    /** Edit > Undo, whatever its label says; returns the label it had. */
    public String undo() {
        return clickEditItem("Undo");
    }

    public String redo() {
        return clickEditItem("Redo");
    }

    /** The current label of Edit > Undo or Redo ("Undo Apply code 'Stöd'"). */
    public String editLabel(String prefix) {
        return shell.menuItemStartingWith("Edit", prefix).text();
    }

    private String clickEditItem(String prefix) {
        var item = shell.menuItemStartingWith("Edit", prefix);
        String label = item.text();
        item.click();
        return label;
    }
}
