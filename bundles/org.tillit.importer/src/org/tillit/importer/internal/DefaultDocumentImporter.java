package org.tillit.importer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.DocumentImporter;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportReport;
import org.tillit.model.Document;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** Hashes, extracts and stores one file after the other. */
public final class DefaultDocumentImporter implements DocumentImporter {

    private DocumentExtractor extractor;

    public DefaultDocumentImporter() {
        // for OSGi DS; the extractor arrives through setExtractor
    }

    public DefaultDocumentImporter(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    void setExtractor(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public ImportReport importFiles(ProjectStore store, List<Path> files, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", files.size());
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            if (progress.isCanceled()) {
                return new ImportReport(outcomes, true);
            }
            progress.subTask(file.getFileName().toString());
            outcomes.add(importOne(store, file));
            progress.worked(1);
        }
        return new ImportReport(outcomes, false);
    }

    private ImportOutcome importOne(ProjectStore store, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return ImportOutcome.failed(file, "not a file that can be read");
            }
            String sha256 = sha256(file);
            Optional<Document> existing = store.documentWithSha256(sha256);
            if (existing.isPresent()) {
                return ImportOutcome.skipped(file, "already in the project as '" + existing.get().getName() + "'");
            }
            ExtractedText extracted = extractor.extract(file);
            Document document = store.addDocument(new NewDocument(file.getFileName().toString(), file,
                    extracted.mediaType(), sha256, extracted.text(), extracted.metadata()));
            return ImportOutcome.imported(file, document);
        } catch (ExtractionException | ProjectStoreException e) {
            return ImportOutcome.failed(file, e.getMessage());
        } catch (IOException e) {
            return ImportOutcome.failed(file, "cannot be read (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // A parser bug must cost one file, never the whole import.
            return ImportOutcome.failed(file, "could not be imported because of an internal error ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
