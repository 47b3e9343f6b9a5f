package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.commands.ApplyCodeCommand;
import org.tillit.commands.ProjectCommandStack;
import org.tillit.importer.ImportReport;
import org.tillit.importer.internal.DefaultDocumentImporter;
import org.tillit.importer.tika.TikaDocumentExtractor;
import org.tillit.model.AttributeValue;
import org.tillit.model.Case;
import org.tillit.model.Code;
import org.tillit.model.Coding;
import org.tillit.model.Document;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.tillit.testing.TestDocuments;
import org.tillit.testing.store.ProjectSnapshot;

/**
 * The threading rule under load: an import of many files runs while another thread keeps reading
 * documents, cases, attributes and codings and applies codes through commands. Nothing may throw,
 * and at the end the model and what a reopened store reads from the database agree.
 */
class ConcurrentImportStressTest {

    private static final int FILES = 150;

    @TempDir
    Path temp;

    @Test
    void anImportAndACoderWorkAtTheSameTime() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            files.add(TestDocuments.text(temp.resolve("intervju-" + i + ".txt"),
                    List.of("I: Fråga nummer " + i + "?", "IP: Svar " + i + " om tillit, stöd och resurser."),
                    StandardCharsets.UTF_8, false));
        }
        Path folder = temp.resolve("project");
        List<String> expected;
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger applied = new AtomicInteger();
        // Applying a code again to the same range joins the coding there: one per code and document.
        Set<String> coded = ConcurrentHashMap.newKeySet();
        AtomicInteger reads = new AtomicInteger();
        try (ProjectStore store = new H2ProjectStoreFactory().open(folder)) {
            List<Code> codable = store.read(p -> {
                List<Code> codes = new ArrayList<>();
                p.getCodebook().eAllContents().forEachRemaining(o -> {
                    if (o instanceof Code code && code.isCodable()) {
                        codes.add(code);
                    }
                });
                return codes;
            });
            AtomicBoolean importing = new AtomicBoolean(true);
            Thread coder = new Thread(() -> {
                ProjectCommandStack stack = new ProjectCommandStack();
                Random random = new Random(7);
                try {
                    while (importing.get()) {
                        for (Document document : store.documents()) {
                            store.casesOf(document);
                            store.codingsIn(document);
                            store.documentWithSha256(document.getSha256());
                        }
                        int values = store.read(p -> {
                            int n = 0;
                            for (Case aCase : p.getCases()) {
                                n += aCase.getDocuments().size();
                                for (AttributeValue value : aCase.getAttributeValues()) {
                                    n += value.getValue().length();
                                }
                            }
                            return n;
                        });
                        assertTrue(values >= 0);
                        List<Document> documents = store.documents();
                        if (!documents.isEmpty()) {
                            Document document = documents.get(random.nextInt(documents.size()));
                            Code code = codable.get(random.nextInt(codable.size()));
                            stack.execute(new ApplyCodeCommand(store, document, code, 0, 5));
                            applied.incrementAndGet();
                            coded.add(document.getGuid() + " " + code.getGuid());
                            store.codingsOf(code);
                        }
                        reads.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }, "coder");
            coder.start();
            ImportReport report;
            try {
                report = new DefaultDocumentImporter(new TikaDocumentExtractor()).importFiles(store, files,
                        new NullProgressMonitor());
            } finally {
                importing.set(false);
                coder.join();
            }
            assertEquals(List.of(), failures, "the coding thread failed");
            assertEquals(FILES, report.importedDocuments().size(), report.summary());
            assertTrue(applied.get() > 0 && reads.get() > 0, "the coding thread ran alongside the import");
            int codings = store.read(p -> p.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum());
            assertEquals(coded.size(), codings, "every applied coding is in the model");
            int indexed = codable.stream().mapToInt(store::codingCount).sum();
            assertEquals(codings, indexed, "the index counts every coding");
            for (Document document : store.documents()) {
                for (Coding coding : store.codingsIn(document)) {
                    assertTrue(store.codingsOf(coding.getCode()).contains(coding));
                }
            }
            expected = ProjectSnapshot.of(store);
        }
        try (ProjectStore reopened = new H2ProjectStoreFactory().openExisting(folder)) {
            assertEquals(expected, ProjectSnapshot.of(reopened), "the model and the database agree");
        }
    }
}
