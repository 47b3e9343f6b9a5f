package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.importer.FileCollector;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportOutcome.Status;
import org.tillit.importer.ImportReport;
import org.tillit.importer.attributes.AttributePlan;
import org.tillit.importer.internal.DefaultDocumentImporter;
import org.tillit.importer.internal.SpreadsheetAttributeImporter;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.model.AttributeType;
import org.tillit.model.Case;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.Turn;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;

/**
 * Real third-party documents from ../shared/testdata (Danish interview transcripts, QualCoder and
 * CATMA examples, a focus-group PDF). Runs only where that folder exists.
 */
class SharedCorpusTest {

    @TempDir
    Path temp;

    private Path testdata;

    @BeforeEach
    void findCorpus() {
        testdata = Path.of(System.getProperty("tillit.shared", "../../../shared"), "testdata").normalize();
        Assumptions.assumeTrue(Files.isDirectory(testdata), "no shared corpus at " + testdata);
    }

    @Test
    void everyRealDocumentImportsWithItsContent() throws Exception {
        List<Path> files = FileCollector.collect(List.of(testdata.resolve("formats"), testdata.resolve("transcripts-da")));
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("corpus"))) {
            ImportReport report = new DefaultDocumentImporter(new TikaDocumentExtractor())
                    .importFiles(store, files, new NullProgressMonitor());
            System.out.println("Shared corpus: " + report.summary());
            report.outcomes().forEach(o -> System.out.println("  " + o.status() + " " + o.describe()));
            assertEquals(List.of(), report.with(Status.FAILED).stream().map(ImportOutcome::describe).toList());

            Map<String, Document> byName = store.documents().stream()
                    .collect(Collectors.toMap(Document::getName, Function.identity()));
            String danish = store.text(byName.get("interview-01.docx"));
            assertTrue(danish.contains("æ") && danish.contains("ø") && danish.contains("å"), "Danish letters");
            String bom = store.text(byName.get("catma-kafka_utf8_bom.txt"));
            assertFalse(bom.startsWith("\uFEFF"), "the byte order mark is not text");
            assertTrue(store.text(byName.get("catma-rose_for_emily.pdf")).contains("Emily"), "PDF text layer");
            assertTrue(store.text(byName.get("scrum-focus-group-1.pdf")).length() > 1000, "focus group PDF text");
            assertTrue(store.text(byName.get("qualcoder-ID2.odt")).length() > 100, "OpenDocument text");

            for (int i = 1; i <= 5; i++) {
                Document interview = byName.get("interview-0" + i + ".docx");
                List<String> speakers = interview.getTurns().stream().map(Turn::getSpeaker).distinct().toList();
                assertTrue(interview.getTurns().size() > 20, interview.getName() + " has speaker turns: " + speakers);
                assertTrue(interview.getLineStarts().size() > 20, interview.getName() + " has lines");
            }
        }
    }

    @Test
    void qualCodersCaseSheetGivesItsCasesTypedAttributes() throws Exception {
        Project project = TillitFactory.eINSTANCE.createProject();
        for (String name : List.of("ID1", "ID2", "ID3")) {
            Case aCase = TillitFactory.eINSTANCE.createCase();
            aCase.setName(name);
            project.getCases().add(aCase);
        }
        AttributePlan plan = new SpreadsheetAttributeImporter().plan(testdata.resolve("formats/qualcoder-cases123.csv"),
                project);

        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(), plan.unknownNames());
        Map<String, AttributeType> types = plan.columns().stream()
                .collect(Collectors.toMap(AttributePlan.Column::header, c -> c.definition().getType()));
        assertEquals(Map.of("Age", AttributeType.NUMBER, "gender", AttributeType.CATEGORY, "interest", AttributeType.TEXT),
                types);
        assertEquals(9, plan.assignments().size(), plan.summary());
        assertTrue(plan.canApply(false));
    }
}
