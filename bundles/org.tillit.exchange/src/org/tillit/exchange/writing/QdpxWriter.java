package org.tillit.exchange.writing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;
import org.tillit.export.AtomicFile;
import org.tillit.export.ExportException;
import org.tillit.model.Document;
import org.tillit.model.log.FailureLog;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * A .qdpx archive: {@code project.qde} streamed into its zip entry (deflated by a second thread
 * while it is made, {@link HandOffOutputStream}), then each document's plain text (UTF-8, read
 * once) and the original the standard has a place for, in {@code sources/}.
 * Written through {@link AtomicFile}: a failure, a cancel or a change of the project meanwhile
 * leaves no file (and an earlier one as it was).
 */
public final class QdpxWriter {

    /** REFI-QDA 1.5, 8.5: the largest file a project may hold inside it. */
    private static final long LARGEST_FILE = Integer.MAX_VALUE;
    private static final int BUFFER = 1 << 16;

    private final ProjectStore store;
    private final Path file;

    public QdpxWriter(ProjectStore store, Path file) {
        this.store = store;
        this.file = file;
    }

    /** Progress counts each document twice (its XML, then its files); a cancel throws OperationCanceledException. */
    public void write(IProgressMonitor monitor) {
        List<Document> documents = store.documents();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.QdpxExport_task, file.getFileName()),
                2 * documents.size());
        try (ChangeWatch watch = ChangeWatch.on(store)) {
            AtomicFile.write(file, out -> archive(out, documents, progress, watch));
        } catch (ExportException e) {
            if (e.getCause() instanceof OperationCanceledException canceled) {
                throw canceled; // AtomicFile has removed the partial file
            }
            throw e;
        } finally {
            progress.done();
        }
    }

    private void archive(OutputStream out, List<Document> documents, SubMonitor progress, ChangeWatch watch)
            throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        ZipOutputStream zip = new ZipOutputStream(buffered, StandardCharsets.UTF_8);
        // Deflating at the default level took most of an export; the fastest level is still an
        // ordinary deflated zip (every reader takes it), about a third larger for a project's XML.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(RefiXml.PROJECT_ENTRY));
        List<SourceKind> kinds;
        try (HandOffOutputStream xml = new HandOffOutputStream(zip)) {
            kinds = new ProjectXml(store).write(xml, documents, () -> tick(progress));
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
        zip.closeEntry();
        for (int i = 0; i < documents.size(); i++) {
            tick(progress);
            sources(zip, documents.get(i), kinds.get(i));
        }
        if (watch.changed()) {
            throw new ExportException(NLS.bind(Messages.QdpxExport_changed, file.toAbsolutePath()));
        }
        zip.finish();
        buffered.flush();
    }

    /** One document's step; a cancel is looked for at every one (SubMonitor.split may skip some looks). */
    private static void tick(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(1);
    }

    private void sources(ZipOutputStream zip, Document document, SourceKind kind) throws IOException {
        String guid = Guids.of(document, "source");
        try {
            byte[] text = store.text(document).getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(RefiXml.SOURCES_FOLDER + "/" + SourceKind.plainTextFile(guid)));
            zip.write(text);
            zip.closeEntry();
            if (kind.carriesOriginal()) {
                zip.putNextEntry(new ZipEntry(RefiXml.SOURCES_FOLDER + "/" + kind.originalFile(guid)));
                try (InputStream original = store.originals().open(document)) {
                    if (original.transferTo(zip) > LARGEST_FILE) {
                        throw new ExportException(NLS.bind(Messages.QdpxExport_tooLarge, file.toAbsolutePath(),
                                document.getName()));
                    }
                }
                zip.closeEntry();
            }
        } catch (ProjectStoreException e) {
            FailureLog.warning(QdpxWriter.class, "REFI-QDA export could not read " + document.getName(), e);
            throw new ExportException(NLS.bind(Messages.QdpxExport_storeFailed, file.toAbsolutePath(), e.getMessage()), e);
        }
    }
}
