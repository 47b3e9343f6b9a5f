package org.tillit.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.ArchiveLimits;
import org.tillit.exchange.reading.LossTally;
import org.tillit.exchange.reading.Notes;
import org.tillit.exchange.reading.ReadSource;
import org.tillit.exchange.reading.RefiReadException;
import org.tillit.exchange.reading.RefiRecords;
import org.tillit.exchange.reading.RefiXmlReader;
import org.tillit.exchange.reading.SafeArchive;
import org.tillit.exchange.reading.SourceTexts;
import org.tillit.importer.DocumentExtractor;

/**
 * Reads a REFI-QDA project (.qdpx) safely into {@link RefiContent}: entries straight from the
 * zip, hostile archives and XML refused with a message naming the file. Nothing is changed: the
 * content goes through a {@link RefiImportPlan} into an {@link ImportRefiCommand}.
 */
public final class QdpxImport {

    private QdpxImport() {
    }

    /** Reads with the default limits; rich-text sources are extracted with the extractor. */
    public static RefiContent read(Path file, DocumentExtractor extractor) throws RefiReadException {
        return read(file, extractor, ArchiveLimits.DEFAULT);
    }

    public static RefiContent read(Path file, DocumentExtractor extractor, ArchiveLimits limits)
            throws RefiReadException {
        try (SafeArchive archive = SafeArchive.open(file, limits)) {
            byte[] projectXml = archive.read(RefiXml.PROJECT_ENTRY).orElseThrow(() -> new RefiReadException(
                    NLS.bind(Messages.Archive_noProject, file.getFileName(), RefiXml.PROJECT_ENTRY)));
            LossTally loss = new LossTally();
            RefiRecords.Project project = RefiXmlReader.project(projectXml,
                    file.getFileName() + "/" + RefiXml.PROJECT_ENTRY, limits, loss);
            Notes notes = Notes.of(project.notes(), archive);
            project = project.withCases(project.cases().stream()
                    .map(c -> c.withMemo(notes.memo(c.description(), c.noteGuids()))).toList());
            Set<String> codeGuids = RefiContent.allCodes(project).stream()
                    .map(RefiRecords.Code::guid).collect(Collectors.toSet());
            List<ReadSource> sources = new SourceTexts(archive, extractor, loss, codeGuids, notes)
                    .read(project.sources());
            Map<String, String> codeMemos = new HashMap<>();
            for (RefiRecords.Code code : RefiContent.allCodes(project)) {
                String memo = notes.memo(null, code.noteGuids());
                if (memo != null) {
                    codeMemos.put(code.guid(), memo);
                }
            }
            return new RefiContent(file.getFileName().toString(), project, sources, codeMemos,
                    projectMemo(project, notes), loss.report());
        }
    }

    /** The project's description and its notes, then the notes nobody referred to. */
    static String projectMemo(RefiRecords.Project project, Notes notes) {
        List<String> parts = new ArrayList<>();
        String own = notes.memo(project.description(), project.noteGuids());
        if (own != null) {
            parts.add(own);
        }
        project.cases().forEach(aCase -> notes.described(aCase.description()));
        parts.addAll(notes.unused());
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
}
