package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.exchange.ImportRefiCommand;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.QdpxImport;
import org.tillit.exchange.RefiImportPlan;
import org.tillit.exchange.RefiXml;
import org.tillit.model.AttributeDefinition;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.query.CodePaths;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * A project exported by Tillit and imported by Tillit into a new project is the same project:
 * texts, codes with both languages' labels and definitions, codings with their coder and memo,
 * cases, attributes and memos.
 */
class RefiRoundTripTest {

    @TempDir
    Path temp;

    private RefiStudy study;
    private ProjectStore copy;
    private Path qdpx;
    private ImportRefiCommand imported;

    @BeforeEach
    void exportTheStudyAndImportItIntoANewProject() throws Exception {
        // Line ends as Tillit keeps every text it imports (\n), so that the second export can be the same.
        study = new RefiStudy(temp, "\n");
        qdpx = temp.resolve("studie.qdpx");
        QdpxExport.write(study.store, qdpx, new NullProgressMonitor());
        copy = new H2ProjectStoreFactory().createEmpty(temp.resolve("kopia"));
        imported = new ImportRefiCommand(copy, RefiImportPlan.of(QdpxImport.read(qdpx, null), copy));
        new ProjectCommandStack().execute(imported);
    }

    @AfterEach
    void close() {
        copy.close();
        study.close();
    }

    @Test
    void everyDocumentsTextAndCodingsArriveAsTheyWere() throws Exception {
        assertEquals(names(study.store), names(copy));
        for (Document original : study.store.documents()) {
            Document arrived = copy.documents().stream().filter(d -> d.getName().equals(original.getName())).findFirst()
                    .orElseThrow();
            // Line ends arrive as the importer stores them, \n, as Tillit's own import of a text file does.
            assertEquals(study.store.text(original).replace("\r\n", "\n"), copy.text(arrived), original.getName());
            assertEquals(codings(study.store, original), codings(copy, arrived), original.getName());
        }
    }

    @Test
    void codesKeepTheirPlaceBothLanguagesTheirColoursAndMemos() {
        Code stod = code(copy, "Ledning/Stöd");
        assertEquals(List.of(study.stod.getLabelSv(), study.stod.getLabelEn(), study.stod.getDefinitionSv(),
                study.stod.getDefinitionEn(), study.stod.getColor(), study.stod.getMemo()), List.of(stod.getLabelSv(),
                        stod.getLabelEn(), stod.getDefinitionSv(), stod.getDefinitionEn(), stod.getColor(), stod.getMemo()));
        Code ledning = code(copy, "Ledning");
        assertEquals(List.of(study.ledning.getLabelEn(), study.ledning.getDefinitionEn(), study.ledning.isCodable()),
                List.of(ledning.getLabelEn(), ledning.getDefinitionEn(), ledning.isCodable()));
    }

    @Test
    void everyCodeKeepsItsGuidLabelsDefinitionsAndSource() {
        List<String> original = study.store.read(p -> CodeTree.allCodes(p.getCodebook()).stream().map(RefiRoundTripTest::fields)
                .toList());
        List<String> arrived = copy.read(p -> CodeTree.allCodes(p.getCodebook()).stream().map(RefiRoundTripTest::fields)
                .toList());
        assertEquals(original, arrived);
        assertTrue(original.stream().filter(f -> f.contains("Seminariet")).count() > 50, "the preloaded codes' sources");
    }

    private static String fields(Code code) {
        return String.join(" | ", code.getGuid(), code.getLabelSv(), String.valueOf(code.getLabelEn()),
                String.valueOf(code.getDefinitionSv()), String.valueOf(code.getDefinitionEn()), String.valueOf(code.getSource()),
                code.getColor(), String.valueOf(code.isCodable()), String.valueOf(code.getMemo()));
    }

    @Test
    void casesAttributesAndTheProjectsMemoArrive() {
        Document interview = copy.documents().stream().filter(d -> d.getName().equals("intervju-1.txt")).findFirst()
                .orElseThrow();
        assertEquals(values(study.store, study.store.documents().get(0)), values(copy, interview));
        assertEquals("Åsa, enhetschef.", copy.casesOf(interview).get(0).getMemo());
        assertEquals(values(study.store, study.store.casesOf(study.interview).get(0)), values(copy, copy.casesOf(interview).get(0)));
        String memo = copy.project().getMemo();
        assertEquals(1, memo.split(Pattern.quote(RefiStudy.PROJECT_MEMO), -1).length - 1,
                "the project's memo once, though the export writes it as the Description and a note: " + memo);
        assertFalse(memo.contains("Åsa, enhetschef."), "the case's memo stays the case's: " + memo);
    }

    @Test
    void theImportedProjectExportsTheSameProjectQdeAndTheSameSources() throws Exception {
        Path again = temp.resolve("igen.qdpx");
        QdpxExport.write(copy, again, new NullProgressMonitor());
        Qdpx first = Qdpx.project(qdpx);
        Qdpx second = Qdpx.project(again);
        assertEquals(canonical(first), canonical(second));
        assertEquals(first.entries.keySet(), second.entries.keySet());
        for (String entry : first.entries.keySet()) {
            if (!entry.equals(RefiXml.PROJECT_ENTRY)) {
                assertArrayEquals(first.entries.get(entry), second.entries.get(entry), entry);
            }
        }
    }

    @Test
    void tillitsOwnExportLosesNothingAndTheProjectTakesItsNameDateAndMemo() {
        assertTrue(imported.report().isEmpty(), imported.report().text());
        assertEquals(List.of(study.store.project().getName(), study.store.project().getCreated(), RefiStudy.PROJECT_MEMO),
                List.of(copy.project().getName(), copy.project().getCreated(), copy.project().getMemo()));
    }

    @Test
    void aProjectMadeByTheImportHoldsTheFilesCodebookAndNothingElse() {
        assertEquals(study.store.read(p -> CodeTree.allCodes(p.getCodebook()).size()),
                copy.read(p -> CodeTree.allCodes(p.getCodebook()).size()));
        assertEquals(study.store.read(p -> p.getAttributeDefinitions().size()),
                copy.read(p -> p.getAttributeDefinitions().size()));
    }

    /** The project.qde one line per element with its attributes sorted. */
    private static String canonical(Qdpx file) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (Element element : file.all("//*")) {
            lines.append(element.getLocalName());
            NamedNodeMap attributes = element.getAttributes();
            TreeMap<String, String> sorted = new TreeMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                sorted.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
            }
            lines.append(' ').append(sorted);
            if (element.getElementsByTagNameNS("*", "*").getLength() == 0) {
                lines.append(" '").append(element.getTextContent()).append('\'');
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    private static List<String> names(ProjectStore store) {
        return store.documents().stream().map(Document::getName).toList();
    }

    /** Each coding as code path, the text it covers, coder and memo, sorted. */
    private static TreeSet<String> codings(ProjectStore store, Document document) throws Exception {
        String text = store.text(document);
        TreeSet<String> codings = new TreeSet<>();
        for (Coding coding : store.codingsIn(document)) {
            String covered = text.substring(text.offsetByCodePoints(0, coding.getStart()),
                    text.offsetByCodePoints(0, coding.getEnd())).replace("\r\n", "\n");
            codings.add(store.read(p -> CodePaths.of(coding.getCode(), Language.SV)) + " '" + covered + "' "
                    + coding.getCoder().getName() + " " + coding.getMemo());
        }
        return codings;
    }

    /** The attribute values an owner (a document, a case) holds itself, by Swedish name. */
    private static Map<String, String> values(ProjectStore store, EObject owner) {
        Map<String, String> values = new TreeMap<>();
        for (AttributeDefinition definition : store.read(p -> List.copyOf(p.getAttributeDefinitions()))) {
            store.attribute(owner, definition).ifPresent(value -> values.put(definition.getNameSv(), value));
        }
        return values;
    }

    private static Code code(ProjectStore store, String path) {
        return store.read(p -> CodeTree.allCodes(p.getCodebook()).stream()
                .filter(c -> CodePaths.of(c, Language.SV).equals(path)).findFirst().orElseThrow(() -> new AssertionError(path)));
    }
}
