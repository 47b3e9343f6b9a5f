package org.tillit.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.ArchiveLimits;
import org.tillit.exchange.reading.LossTally;
import org.tillit.exchange.reading.RefiReadException;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.exchange.reading.RefiXmlReader;

/**
 * Reads a REFI-QDA codebook (.qdc) into {@link RefiContent} with codes and sets only; it goes
 * into the project through the same {@link RefiImportPlan} and {@link ImportRefiCommand}.
 */
public final class QdcImport {

    private QdcImport() {
    }

    public static RefiContent read(Path file) throws RefiReadException {
        return read(file, ArchiveLimits.DEFAULT);
    }

    public static RefiContent read(Path file, ArchiveLimits limits) throws RefiReadException {
        byte[] xml;
        try {
            if (Files.size(file) > limits.maxTotalBytes()) {
                throw new RefiReadException(NLS.bind(Messages.Archive_refused, file.getFileName(),
                        NLS.bind(Messages.Archive_tooLarge, limits.maxTotalBytes() / (1024 * 1024))));
            }
            xml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefiReadException(NLS.bind(Messages.Codebook_unreadable, file.getFileName(), e.getMessage()), e);
        }
        LossTally loss = new LossTally();
        RefiRecords.Project codebook = RefiXmlReader.codebook(xml, file.getFileName().toString(), limits, loss);
        return new RefiContent(file.getFileName().toString(), codebook, List.of(), Map.of(), null, loss.report());
    }
}
