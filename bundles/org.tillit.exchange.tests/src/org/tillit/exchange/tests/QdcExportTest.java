package org.tillit.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tillit.exchange.BilingualText;
import org.tillit.exchange.QdcExport;
import org.tillit.exchange.QdpxExport;
import org.tillit.exchange.RefiXml;
import org.tillit.export.ExportException;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;
import org.tillit.store.h2.H2ProjectStoreFactory;
import org.w3c.dom.Element;

/** The codebook alone as .qdc: valid against Codebook.xsd with its hierarchy, sets and both languages. */
class QdcExportTest {

    @TempDir
    Path temp;

    @Test
    void codebookIsValidWithHierarchySetsAndTheSecondLanguage() throws Exception {
        Path file = temp.resolve("kodbok.qdc");
        try (RefiStudy study = new RefiStudy(temp)) {
            QdcExport.write(study.store, file);
            Qdpx qdc = Qdpx.codebook(file);
            qdc.validate(RefiXml.codebookSchema());
            assertEquals(List.of(), qdc.emptyElements());
            int codes = study.store.read(p -> CodeTree.allCodes(p.getCodebook()).size());
            assertEquals(codes, qdc.all("//q:Code").size());
            Element stod = qdc.one("/q:CodeBook/q:Codes/q:Code[@name='Ledning']/q:Code[@name='Stöd']");
            assertEquals(study.stod.getGuid(), stod.getAttribute("guid"));
            assertEquals("#A1B2C3", stod.getAttribute("color"));
            assertEquals("Support", BilingualText.parse(qdc.value("//q:Code[@guid='" + study.stod.getGuid() + "']/q:Description")).second()
                    .orElseThrow().label());
            List<String> members = qdc.all("//q:Set[@guid='" + study.set.getGuid() + "']/q:MemberCode").stream()
                    .map(m -> m.getAttribute("guid")).toList();
            assertEquals(List.of(study.stod.getGuid(), study.tillit.getGuid()), members);
            assertEquals(study.store.codebook().getSets().size(), qdc.all("/q:CodeBook/q:Sets/q:Set").size());
        }
    }

    @Test
    void aBranchIsItsCodeWithItsSubCodesAndTheSetsThatHoldThemNamingOnlyThose() throws Exception {
        Path ledning = temp.resolve("ledning.qdc");
        Path stod = temp.resolve("stod.qdc");
        try (RefiStudy study = new RefiStudy(temp)) {
            QdcExport.write(study.store, ledning, study.ledning);
            QdcExport.write(study.store, stod, study.stod);
            Qdpx branch = Qdpx.codebook(ledning);
            branch.validate(RefiXml.codebookSchema());
            assertEquals(List.of("Ledning", "Tillit", "Stöd"), names(branch.all("//q:Code")));
            assertEquals(List.of("Ledning"), names(branch.all("/q:CodeBook/q:Codes/q:Code")));
            assertEquals(List.of(study.set.getGuid()), branch.all("//q:Set").stream().map(e -> e.getAttribute("guid")).toList());
            Qdpx leaf = Qdpx.codebook(stod);
            leaf.validate(RefiXml.codebookSchema());
            assertEquals(List.of("Stöd"), names(leaf.all("/q:CodeBook/q:Codes/q:Code")));
            assertEquals(List.of(study.stod.getGuid()), leaf.all("//q:Set/q:MemberCode").stream()
                    .map(m -> m.getAttribute("guid")).toList(), "the set names only the branch's codes");

            study.store.deleteCodeWithCodings(study.tillit);
            Path gone = temp.resolve("borta.qdc");
            ExportException refused = assertThrows(ExportException.class,
                    () -> QdcExport.write(study.store, gone, study.tillit));
            assertTrue(refused.getMessage().contains(gone.toString()), refused.getMessage());
            assertFalse(Files.exists(gone));
        }
    }

    private static List<String> names(List<Element> elements) {
        return elements.stream().map(e -> e.getAttribute("name")).toList();
    }

    @Test
    void anEnglishProjectNamesItsCodesInEnglishAndKeepsTheSwedish() throws Exception {
        Path file = temp.resolve("codebook.qdc");
        RefiStudy study = new RefiStudy(temp);
        study.close();
        BareProject.sql(study.folder, "UPDATE project SET language = 'en'");
        try (ProjectStore english = new H2ProjectStoreFactory().open(study.folder)) {
            QdcExport.write(english, file);
            Qdpx qdc = Qdpx.codebook(file);
            BilingualText.Parsed support = BilingualText.parse(qdc.value("//q:Code[@guid='" + study.stod.getGuid() + "']/q:Description"));
            assertEquals("Support from managers.", support.definition());
            assertEquals(new BilingualText.Second(Language.SV, "Stöd", "Stöd från chefer.\nExempel: ”Chefen ger stöd”."),
                    support.second().orElseThrow());
            assertEquals("Tillit", qdc.value("//q:Code[@guid='" + study.tillit.getGuid() + "']/@name"),
                    "no English label: the Swedish one");
        }
    }

    @Test
    void aCodebookWithoutSetsLeavesThemOut() throws Exception {
        Path file = temp.resolve("kort.qdc");
        try (ProjectStore store = BareProject.open(temp.resolve("kort"), temp)) {
            QdcExport.write(store, file);
        }
        Qdpx qdc = Qdpx.codebook(file);
        qdc.validate(RefiXml.codebookSchema());
        assertEquals(List.of(), qdc.all("//q:Sets"));
        assertFalse(qdc.all("//q:Code").isEmpty());
    }

    @Test
    void aCodebookWithoutCodesIsRefusedAndTheProjectLeavesItsCodeBookOut() throws Exception {
        Path file = temp.resolve("tom.qdc");
        Path project = temp.resolve("tom.qdpx");
        try (ProjectStore store = new H2ProjectStoreFactory().open(temp.resolve("tom"))) {
            for (Code code : List.copyOf(store.codebook().getCodes())) {
                store.removeCode(code);
            }
            ExportException refused = assertThrows(ExportException.class, () -> QdcExport.write(store, file));
            assertTrue(refused.getMessage().contains(file.toString()) && refused.getMessage().contains("no codes"),
                    refused.getMessage());
            QdpxExport.write(store, project, new NullProgressMonitor());
        }
        assertFalse(Files.exists(file));
        Qdpx qdpx = Qdpx.project(project);
        qdpx.validate(RefiXml.projectSchema());
        assertEquals(List.of(), qdpx.all("//q:CodeBook"));
    }
}
