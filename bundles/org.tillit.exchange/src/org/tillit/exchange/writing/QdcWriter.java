package org.tillit.exchange.writing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;
import org.tillit.export.AtomicFile;
import org.tillit.export.ExportException;
import org.tillit.model.codebook.Language;
import org.tillit.store.ProjectStore;

/** A .qdc codebook: the codes with their hierarchy and the code sets, read in one turn under the store's lock. */
public final class QdcWriter {

    private QdcWriter() {
    }

    public static void write(ProjectStore store, Path file) {
        AtomicFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out);
            try {
                Locked.read(store, project -> {
                    if (project.getCodebook().getCodes().isEmpty()) {
                        throw new ExportException(NLS.bind(Messages.QdcExport_noCodes, file.toAbsolutePath()));
                    }
                    CodebookXml codebook = CodebookXml.ofCodebook(Language.fromTag(project.getLanguage()));
                    XmlOut xml = XmlOut.open(buffered, "CodeBook", RefiXml.CODEBOOK_NS);
                    xml.attribute("origin", XmlOut.ORIGIN);
                    codebook.writeCodes(xml, project.getCodebook());
                    codebook.writeSets(xml, project.getCodebook());
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
