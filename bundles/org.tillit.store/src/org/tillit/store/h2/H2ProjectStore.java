package org.tillit.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.tillit.model.Codebook;
import org.tillit.model.Document;
import org.tillit.model.Project;
import org.tillit.model.TillitFactory;
import org.tillit.model.text.TextPositions;
import org.tillit.store.NewDocument;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/** A project held in an embedded H2 file database; one connection, serialised by this object. */
final class H2ProjectStore implements ProjectStore {

    static final String ORIGINALS = "originals";

    private final Path folder;
    private final Connection connection;
    private final Project project;
    private final Runnable onClose;

    H2ProjectStore(Path folder, Connection connection, Project project, Runnable onClose) {
        this.folder = folder;
        this.connection = connection;
        this.project = project;
        this.onClose = onClose;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public synchronized int schemaVersion() {
        try {
            return SchemaMigrator.currentVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Project project() {
        return project;
    }

    @Override
    public synchronized List<Document> documents() {
        return List.copyOf(project.getDocuments());
    }

    @Override
    public synchronized Codebook codebook() {
        return project.getCodebook();
    }

    @Override
    public synchronized String text(Document document) throws ProjectStoreException {
        try {
            String text = DocumentTable.text(connection, document.getGuid());
            if (text == null) {
                throw new ProjectStoreException("Document '" + document.getName() + "' is no longer in the project.");
            }
            return text;
        } catch (SQLException e) {
            throw new ProjectStoreException("Cannot read the text of '" + document.getName() + "': " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Document> documentWithSha256(String sha256) {
        return project.getDocuments().stream().filter(d -> sha256.equals(d.getSha256())).findFirst();
    }

    @Override
    public synchronized Document addDocument(NewDocument input) throws ProjectStoreException {
        Document document = TillitFactory.eINSTANCE.createDocument();
        document.setGuid(UUID.randomUUID().toString());
        document.setName(input.name());
        document.setOriginalFileName(input.original().toString());
        document.setFormat(input.format());
        document.setSha256(input.sha256());
        document.setLength(TextPositions.codePointLength(input.plainText()));
        document.setImported(new Date());
        document.getMetadata().putAll(input.metadata());
        Path copy = keepOriginal(input);
        try {
            DocumentTable.insert(connection, document, input.plainText(), project.getDocuments().size());
            connection.commit();
        } catch (SQLException e) {
            rollback();
            deleteQuietly(copy);
            throw new ProjectStoreException("Cannot store '" + input.name() + "': " + e.getMessage(), e);
        }
        project.getDocuments().add(document);
        return document;
    }

    /** Copies the original into the project, named by its hash so the same file is kept once. */
    private Path keepOriginal(NewDocument input) throws ProjectStoreException {
        String name = input.original().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        Path target = folder.resolve(ORIGINALS).resolve(input.sha256() + extension);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "import-", ".part");
            Files.copy(input.original(), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new ProjectStoreException("Cannot copy '" + name + "' into the project: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the failed change was not committed either way
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphaned copy costs disk space only
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Closing the project failed: " + e.getMessage(), e);
        } finally {
            onClose.run();
        }
    }
}
