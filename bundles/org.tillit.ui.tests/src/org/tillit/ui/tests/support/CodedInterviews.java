package org.tillit.ui.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tillit.commands.ApplyCodeCommand;
import org.tillit.model.Code;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.TestSpreadsheets;
import org.tillit.ui.testing.Condition;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.testing.WidgetNotFoundException;
import org.tillit.ui.tests.pages.ImportDialog;
import org.tillit.ui.tests.pages.TillitWindow;

/**
 * Interviews imported through the Import dialog into the project the workbench has open, and coded
 * with the TBSL codebook's principles through the project's command stack, as the coding editor
 * codes (the editor itself is tested elsewhere; here only what the codings are matters).
 */
public final class CodedInterviews {

    private final UiBot bot;
    private final ProjectStore store;

    public CodedInterviews(UiBot bot) {
        this.bot = bot;
        this.store = OpenProject.store();
    }

    /** Imports text files, one line each list entry, and waits until the Documents view lists them. */
    public void importTexts(Path folder, List<String> names, List<List<String>> lines) throws IOException {
        TillitWindow window = new TillitWindow(bot);
        ImportDialog dialog = window.openImportDialog();
        for (int i = 0; i < names.size(); i++) {
            dialog.add(TestDocuments.text(folder.resolve(names.get(i)), lines.get(i), StandardCharsets.UTF_8, false));
        }
        dialog.importFiles();
        names.forEach(name -> window.documents().waitFor(name));
    }

    /** Documents and their roles, in order: name, role, name, role... */
    public static Map<String, String> roles(String... documentAndRole) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (int i = 0; i + 1 < documentAndRole.length; i += 2) {
            roles.put(documentAndRole[i], documentAndRole[i + 1]);
        }
        return roles;
    }

    /**
     * Gives the documents their roles through File > Import Attributes (a sheet written here, as a
     * researcher's would be) and waits until the Documents view shows the last one.
     */
    public void giveRoles(Path folder, Map<String, String> roleByDocument) throws IOException {
        String last = List.copyOf(roleByDocument.keySet()).get(roleByDocument.size() - 1);
        giveAttribute(folder, "Roll", roleByDocument,
                "Chef".equals(roleByDocument.get(last)) ? "Chef/enhetschef" : roleByDocument.get(last));
    }

    /**
     * Gives the documents a value of an attribute (new or known) through File > Import Attributes
     * and waits until the Documents view shows the last document's value as {@code lastShown}.
     */
    public void giveAttribute(Path folder, String attribute, Map<String, String> valueByDocument, String lastShown)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Dokument", attribute));
        valueByDocument.forEach((document, value) -> rows.add(List.of(document, value)));
        Path sheet = TestSpreadsheets.csv(folder.resolve(attribute + ".csv"), rows, ';', StandardCharsets.UTF_8, false);
        TillitWindow window = new TillitWindow(bot);
        window.openImportAttributesDialog().read(sheet).apply();
        String last = List.copyOf(valueByDocument.keySet()).get(valueByDocument.size() - 1);
        bot.waitUntil(Condition.of("the " + attribute + " in the Documents view", () -> {
            try {
                return lastShown.equals(window.documents().cell(withExtension(last), attribute));
            } catch (WidgetNotFoundException notYet) {
                return false; // the view adds the attribute's column once the change has landed
            }
        }));
    }

    /** A sheet may name a document without its extension, as researchers do; the view shows it with. */
    private String withExtension(String name) {
        return store.read(p -> p.getDocuments().stream().map(Document::getName)
                .filter(n -> n.equals(name) || n.startsWith(name + ".")).findFirst().orElse(name));
    }

    /** Codes the first place the fragment is found in the document with the code of this Swedish path. */
    public void code(String documentName, String codePath, String fragment) throws ProjectStoreException {
        Document document = document(documentName);
        Code code = code(codePath);
        String text = store.text(document);
        bot.run(() -> {
            int index = text.indexOf(fragment);
            if (index < 0) {
                throw new AssertionError("no '" + fragment + "' in " + documentName);
            }
            int start = text.codePointCount(0, index);
            int end = start + fragment.codePointCount(0, fragment.length());
            OpenProject.commandStack().execute(new ApplyCodeCommand(store, document, code, start, end));
        });
    }

    public Document document(String name) {
        return store.read(p -> p.getDocuments().stream().filter(d -> d.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + name)));
    }

    public Code code(String swedishPath) {
        return store.read(p -> {
            Code found = CodePaths.find(p.getCodebook(), swedishPath, Language.SV);
            if (found == null) {
                throw new AssertionError("no code " + swedishPath);
            }
            return found;
        });
    }

    /** The code and every code below it. */
    public List<Code> subtree(String swedishPath) {
        Code top = code(swedishPath);
        return store.read(p -> CodeTree.subtree(top));
    }

    public ProjectStore store() {
        return store;
    }
}
