package org.tillit.importer.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.DocumentImporter;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.ImportOutcome;
import org.tillit.importer.ImportReport;
import org.tillit.importer.PendingExtraction;
import org.tillit.importer.l10n.Messages;
import org.tillit.model.Document;
import org.tillit.model.log.FailureLog;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * Hashes, extracts and stores the files in their order, several per transaction. While some are
 * stored, the next ones are already being extracted on parser threads: storing takes about as
 * long as parsing, and a machine has more than one core. Only the calling thread touches the store.
 */
public final class DefaultDocumentImporter implements DocumentImporter {

    /** Files stored per transaction: one commit for several small files. */
    private static final int BATCH = 8;

    /**
     * How many files, beyond a batch, are started ahead of the one being stored: on a machine
     * with several cores they parse side by side while the store writes. Large files go to one
     * separate process and so never add up in memory.
     */
    private static final int PARSES_AHEAD = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** Large files are parsed a few at a time, whatever the counts above allow. */
    private static final long MAX_BYTES_AHEAD = 48L * 1024 * 1024;

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

    /**
     * A file whose extraction has started: its hash and the pending text, or why it failed. Without
     * either when it may duplicate a file before it: that is decided when its turn comes.
     */
    private record Started(Path file, String sha256, PendingExtraction extraction, ImportOutcome failure, long size) {

        static Started failed(ImportOutcome failure) {
            return new Started(failure.file(), null, null, failure, 0);
        }

        static Started undecided(Path file) {
            return new Started(file, null, null, null, 0);
        }

        boolean isUndecided() {
            return failure == null && extraction == null;
        }
    }

    @Override
    public ImportReport importFiles(ProjectStore store, List<Path> files, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Importer_task, files.size());
        List<ImportOutcome> outcomes = new ArrayList<>();
        Set<String> known = new HashSet<>();
        store.documents().forEach(d -> known.add(d.getSha256()));
        Deque<Started> started = new ArrayDeque<>();
        int nextToStart = 0;
        int done = 0;
        while (done < files.size()) {
            if (progress.isCanceled()) {
                // Files started are dropped: they were not stored, so nothing is lost.
                return new ImportReport(outcomes, true);
            }
            while (nextToStart < files.size() && nextToStart < done + BATCH + PARSES_AHEAD
                    && (started.isEmpty() || bytesAhead(started) < MAX_BYTES_AHEAD)) {
                started.add(start(files.get(nextToStart++), known));
            }
            progress.subTask(started.peek().file().getFileName().toString());
            if (started.peek().isUndecided()) {
                outcomes.add(importOne(store, started.poll().file()));
                progress.worked(1);
                done++;
                continue;
            }
            // Stored in the order given, so the project lists the documents as the user chose them.
            List<Started> batch = new ArrayList<>();
            while (batch.size() < BATCH && !started.isEmpty() && !started.peek().isUndecided()) {
                batch.add(started.poll());
            }
            outcomes.addAll(storeBatch(store, batch));
            progress.worked(batch.size());
            done += batch.size();
        }
        return new ImportReport(outcomes, false);
    }

    private static long bytesAhead(Deque<Started> started) {
        return started.stream().mapToLong(Started::size).sum();
    }

    /** Hashes the file and starts its extraction; looks only at the hashes seen so far, not the store. */
    private Started start(Path file, Set<String> known) {
        return guarded(file, () -> {
            if (!Files.isRegularFile(file)) {
                return Started.failed(ImportOutcome.failed(file, Messages.Importer_notReadable));
            }
            String sha256 = sha256(file);
            if (!known.add(sha256)) {
                return Started.undecided(file);
            }
            return new Started(file, sha256, extractor.start(file), null, Files.size(file));
        }, Started::failed);
    }

    /** A file's text ready to be stored, or why it is not. */
    private record Awaited(NewDocument document, ImportOutcome failure) {
    }

    /**
     * Waits for the batch's texts and stores them in one transaction. If that fails, they are
     * stored one by one, so that each file that cannot be stored is named with its own reason.
     */
    private List<ImportOutcome> storeBatch(ProjectStore store, List<Started> batch) {
        ImportOutcome[] outcomes = new ImportOutcome[batch.size()];
        List<Integer> arriving = new ArrayList<>();
        List<NewDocument> documents = new ArrayList<>();
        for (int k = 0; k < batch.size(); k++) {
            Started started = batch.get(k);
            if (started.failure() != null) {
                outcomes[k] = started.failure();
                continue;
            }
            Path file = started.file();
            Awaited awaited = guarded(file, () -> {
                ExtractedText extracted = started.extraction().await();
                return new Awaited(new NewDocument(file.getFileName().toString(), file, extracted.mediaType(),
                        started.sha256(), extracted.text(), extracted.metadata()), null);
            }, failure -> new Awaited(null, failure));
            NewDocument document = awaited.document();
            if (document == null) {
                outcomes[k] = awaited.failure();
            } else {
                Optional<Document> existing = store.documentWithSha256(started.sha256());
                if (existing.isPresent()) {
                    outcomes[k] = alreadyThere(file, existing.get());
                } else {
                    arriving.add(k);
                    documents.add(document);
                }
            }
        }
        if (documents.isEmpty()) {
            return List.of(outcomes);
        }
        try {
            List<Document> stored = store.addDocuments(documents);
            for (int j = 0; j < stored.size(); j++) {
                outcomes[arriving.get(j)] = ImportOutcome.imported(batch.get(arriving.get(j)).file(), stored.get(j));
            }
        } catch (ProjectStoreException e) {
            for (int j = 0; j < documents.size(); j++) {
                NewDocument document = documents.get(j);
                outcomes[arriving.get(j)] = guarded(document.original(),
                        () -> ImportOutcome.imported(document.original(), store.addDocument(document)), Function.identity());
            }
        }
        return List.of(outcomes);
    }

    /** One file from start to end, for a file whose bytes an earlier file of the import may have had. */
    private ImportOutcome importOne(ProjectStore store, Path file) {
        return guarded(file, () -> {
            if (!Files.isRegularFile(file)) {
                return ImportOutcome.failed(file, Messages.Importer_notReadable);
            }
            String sha256 = sha256(file);
            Optional<Document> existing = store.documentWithSha256(sha256);
            if (existing.isPresent()) {
                return alreadyThere(file, existing.get());
            }
            return add(store, file, sha256, extractor.extract(file));
        }, Function.identity());
    }

    private static ImportOutcome alreadyThere(Path file, Document existing) {
        return ImportOutcome.skipped(file, NLS.bind(Messages.Importer_duplicate, existing.getName()));
    }

    private static ImportOutcome add(ProjectStore store, Path file, String sha256, ExtractedText extracted)
            throws ProjectStoreException {
        Document document = store.addDocument(new NewDocument(file.getFileName().toString(), file,
                extracted.mediaType(), sha256, extracted.text(), extracted.metadata()));
        return ImportOutcome.imported(file, document);
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws ExtractionException, ProjectStoreException, IOException;
    }

    /** Every failure costs one file, with a reason for the user; never the whole import. */
    private static <T> T guarded(Path file, Step<T> step, Function<ImportOutcome, T> onFailure) {
        try {
            return step.run();
        } catch (ExtractionException | ProjectStoreException e) {
            return onFailure.apply(failed(file, e.getMessage(), e));
        } catch (IOException e) {
            return onFailure.apply(failed(file, NLS.bind(Messages.Importer_cannotRead, e.getMessage()), e));
        } catch (RuntimeException e) {
            // A parser bug must cost one file, never the whole import.
            return onFailure.apply(failed(file,
                    NLS.bind(Messages.Importer_internalError, e.getClass().getSimpleName(), e.getMessage()), e));
        }
    }

    /** The outcome for the user; the cause, with its stack trace, to the log (once per file). */
    private static ImportOutcome failed(Path file, String why, Exception cause) {
        String message = "Import of " + file + " failed: " + why;
        // A damaged or unreadable file is the file's doing; a store or parser failure is worth an error.
        if (cause instanceof ExtractionException || cause instanceof IOException) {
            FailureLog.warning(DefaultDocumentImporter.class, message, cause);
        } else {
            FailureLog.error(DefaultDocumentImporter.class, message, cause);
        }
        return ImportOutcome.failed(file, why);
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
