package org.tillit.exchange.writing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;
import org.tillit.export.AtomicFile;
import org.tillit.export.ExportException;
import org.tillit.model.Code;
import org.tillit.model.codebook.CodeTree;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/** A .qdc codebook: the codes with their hierarchy and the code sets, read in one turn under the store's lock. */
public final class QdcWriter {

    private QdcWriter() {
    }

    public static void write(ProjectStore store, Path file) {
        write(store, file, null);
    }

    /**
     * The codebook, or one branch of it: the code with its sub-codes (as top codes of the file),
     * and the sets that hold any of them, naming only those.
     */
    public static void write(ProjectStore store, Path file, Code branch) {
        AtomicFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            try {
                Locked.read(store, project -> {
                    if (project.getCodebook().getCodes().isEmpty()) {
                        throw new ExportException(NLS.bind(Messages.QdcExport_noCodes, file.toAbsolutePath()));
                    }
                    if (branch != null && !CodeTree.allCodes(project.getCodebook()).contains(branch)) {
                        throw new ExportException(NLS.bind(Messages.QdcExport_noBranch, file.toAbsolutePath()));
                    }
                    CodebookXml codebook = CodebookXml.ofCodebook(Language.fromTag(project.getLanguage()));
                    XmlOut xml = XmlOut.open(buffered, "CodeBook", RefiXml.CODEBOOK_NS);
                    xml.attribute("origin", XmlOut.ORIGIN);
                    if (branch == null) {
                        codebook.writeCodes(xml, project.getCodebook());
                        codebook.writeSets(xml, project.getCodebook());
                    } else {
                        Set<Code> written = new HashSet<>(CodeTree.subtree(branch));
                        codebook.writeCodes(xml, List.of(branch));
                        codebook.writeSets(xml, project.getCodebook().getSets().stream()
                                .filter(set -> set.getMembers().stream().anyMatch(written::contains)).toList(),
                                written::contains);
                    }
                    xml.finish();
                    return null;
                });
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
            buffered.flush();
        });
    }
}
