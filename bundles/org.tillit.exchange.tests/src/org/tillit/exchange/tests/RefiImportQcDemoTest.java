package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiContent;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * A real third-party export (QualCoder), when the shared test data is at hand: every code, source
 * and coding it holds arrives, counted here independently of the importer with a plain scan.
 */
class RefiImportQcDemoTest {

    private static final Path QC_DEMO = Path.of("/work/shared/testdata/refi/qc-demo.qdpx");

    @TempDir
    Path temp;

    @Test
    void qualCodersDemoProjectArrivesWhole() throws Exception {
        assumeTrue(Files.isRegularFile(QC_DEMO), "no shared test data here");
        String xml = projectQde();
        int codes = count(xml, "<Code ");
        int sources = count(xml, "<TextSource ");
        int codings = count(xml, "<Coding ");

        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("project"))) {
            int codesBefore = CodeTree.allCodes(store.codebook()).size();
            RefiContent content = QdpxImport.read(QC_DEMO, null);
            RefiImportPlan plan = RefiImportPlan.of(content, store);
            new ProjectCommandStack().execute(new ImportRefiCommand(store, plan));

            assertEquals(sources, store.documents().size());
            assertEquals(codes, plan.addedCodeCount() + plan.matchedCodeCount());
            assertEquals(codesBefore + plan.addedCodeCount(), CodeTree.allCodes(store.codebook()).size());
            int stored = 0;
            for (Document document : store.documents()) {
                for (Coding coding : store.codingsIn(document)) {
                    stored++;
                    assertTrue(coding.getEnd() <= document.getLength(), document.getName());
                }
            }
            assertEquals(codings, stored);
        }
    }

    private static String projectQde() throws IOException {
        try (ZipFile zip = new ZipFile(QC_DEMO.toFile());
                InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
