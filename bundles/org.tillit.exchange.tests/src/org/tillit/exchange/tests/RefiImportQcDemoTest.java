package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A real third-party export (QualCoder), when the shared test data is at hand: every code, source
 * and coding it holds arrives, and every coding covers the text its selection's positions select
 * in the file's own plain text; both are found here independently of the importer, with a plain
 * scan of the archive.
 */
class RefiImportQcDemoTest {

    private static final Path QC_DEMO = Path.of(System.getProperty("tillit.shared", "/work/shared"),
            "testdata/refi/qc-demo.qdpx");

    @TempDir
    Path temp;

    @Test
    void qualCodersDemoProjectArrivesWholeAndEveryCodingCoversWhatItsPositionsSelect() throws Exception {
        assumeTrue(Files.isRegularFile(QC_DEMO), "no shared test data here");
        String xml = entry("project.qde");
        int codes = count(xml, "<Code ");
        int sources = count(xml, "<TextSource ");
        Map<String, TreeSet<String>> expected = selectedTexts(xml);
        int selections = count(xml, "<PlainTextSelection ");
        int codings = count(xml, "<Coding ");
        assertEquals(List.of(2, 262, 158, 205), List.of(sources, codes, selections, codings),
                "the demo as the issue describes it: 158 selections carrying 205 codings");

        try (ProjectStore store = new H2ProjectStoreFactory().createEmpty(temp.resolve("project"))) {
            RefiContent content = QdpxImport.read(QC_DEMO, null);
            RefiImportPlan plan = RefiImportPlan.of(content, store);
            ImportRefiCommand command = new ImportRefiCommand(store, plan);
            new ProjectCommandStack().execute(command);

            assertEquals(sources, store.documents().size());
            assertEquals(codes, CodeTree.allCodes(store.codebook()).size());
            Map<String, TreeSet<String>> stored = new HashMap<>();
            int storedCodings = 0;
            for (Document document : store.documents()) {
                String text = store.text(document);
                TreeSet<String> covered = stored.computeIfAbsent(document.getName(), name -> new TreeSet<>());
                for (Coding coding : store.codingsIn(document)) {
                    storedCodings++;
                    covered.add(coding.getStart() + " " + text.substring(text.offsetByCodePoints(0, coding.getStart()),
                            text.offsetByCodePoints(0, coding.getEnd())));
                }
            }
            assertEquals(codings, storedCodings);
            assertEquals(expected, stored);
            assertTrue(store.project().getName() != null && !store.project().getName().isBlank());
        }
    }

    /**
     * Per source (by its name, or its plain text's file name where it has none), each selection as
     * its start and the text its positions select in the source's file.
     */
    private static Map<String, TreeSet<String>> selectedTexts(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document project = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, TreeSet<String>> selected = new HashMap<>();
        NodeList sources = project.getElementsByTagNameNS("*", "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String path = source.getAttribute("plainTextPath").replace("internal://", "");
            String name = source.hasAttribute("name") ? source.getAttribute("name") : path;
            String text = entry("sources/" + path).replace("\r\n", "\n");
            TreeSet<String> ranges = new TreeSet<>();
            NodeList selections = source.getElementsByTagNameNS("*", "PlainTextSelection");
            for (int j = 0; j < selections.getLength(); j++) {
                Element selection = (Element) selections.item(j);
                int start = Integer.parseInt(selection.getAttribute("startPosition"));
                int end = Integer.parseInt(selection.getAttribute("endPosition"));
                ranges.add(start + " " + text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
            }
            selected.put(name, ranges);
        }
        return selected;
    }

    private static String entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(QC_DEMO.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
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
