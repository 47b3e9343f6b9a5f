package org.tillit.exchange.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.RefiXml;
import org.tillit.exchange.l10n.Messages;

/**
 * A .qdpx archive read straight from the zip, never unpacked to disk: every entry name is checked
 * before anything is read (no {@code ../}, no absolute path, no symbolic link), and reading stops
 * at the limits of {@link ArchiveLimits} whatever sizes the entries claim.
 */
public final class SafeArchive implements AutoCloseable {

    /** Entries above this size must also keep to the compression ratio (small files compress oddly). */
    private static final long RATIO_FROM_BYTES = 1024 * 1024;

    private final Path file;
    private final ZipFile zip;
    private final ArchiveLimits limits;
    /** Entry by its name in lower case, for exporters that write {@code Sources/} or change case. */
    private final Map<String, ZipEntry> byLowerName = new LinkedHashMap<>();
    private long bytesRead;

    private SafeArchive(Path file, ZipFile zip, ArchiveLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
    }

    /** @throws RefiReadException naming the file when it is no zip or a hostile one */
    public static SafeArchive open(Path file, ArchiveLimits limits) throws RefiReadException {
        ZipFile zip;
        Set<String> links;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new RefiReadException(NLS.bind(Messages.Archive_corrupt, file.getFileName(), e.getMessage()), e);
        }
        try {
            links = CentralDirectory.symbolicLinks(file);
            SafeArchive archive = new SafeArchive(file, zip, limits);
            archive.check(links);
            return archive;
        } catch (IOException e) {
            closeQuietly(zip);
            throw new RefiReadException(NLS.bind(Messages.Archive_corrupt, file.getFileName(), e.getMessage()), e);
        } catch (RefiReadException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private void check(Set<String> links) throws RefiReadException {
        if (zip.size() > limits.maxEntries()) {
            throw refused(NLS.bind(Messages.Archive_tooManyEntries, zip.size(), limits.maxEntries()));
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (isAbsolute(name)) {
                throw refused(NLS.bind(Messages.Archive_absolutePath, name));
            }
            if (climbsOut(name)) {
                throw refused(NLS.bind(Messages.Archive_outside, name));
            }
            if (links.contains(name)) {
                throw refused(NLS.bind(Messages.Archive_link, name));
            }
            if (!entry.isDirectory()) {
                byLowerName.put(name.toLowerCase(Locale.ROOT), entry);
            }
        }
    }

    private static boolean isAbsolute(String name) {
        return name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*");
    }

    private static boolean climbsOut(String name) {
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private RefiReadException refused(String why) {
        return new RefiReadException(NLS.bind(Messages.Archive_refused, file.getFileName(), why));
    }

    /** The entry of this name, its case ignored. */
    public boolean has(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The entry a project's path names: {@code internal://x} or a bare {@code x}, in the sources
     * folder (any case) or, as some exporters write it, at the top of the archive.
     */
    public Optional<byte[]> referenced(String path) throws RefiReadException {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String relative = path.startsWith(RefiXml.INTERNAL) ? path.substring(RefiXml.INTERNAL.length()) : path;
        for (String candidate : List.of(RefiXml.SOURCES_FOLDER + "/" + relative, relative)) {
            if (has(candidate)) {
                return read(candidate);
            }
        }
        return Optional.empty();
    }

    /** The bytes of the entry of this name (its case ignored), if the archive holds it. */
    public Optional<byte[]> read(String name) throws RefiReadException {
        ZipEntry entry = byLowerName.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(readLimited(entry, in));
        } catch (IOException e) {
            throw new RefiReadException(NLS.bind(Messages.Archive_entryUnreadable,
                    new Object[] { entry.getName(), file.getFileName(), e.getMessage() }), e);
        }
    }

    /** Counts what is really unpacked: the sizes in the zip's headers may lie. */
    private byte[] readLimited(ZipEntry entry, InputStream in) throws IOException, RefiReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long entryBytes = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            entryBytes += n;
            bytesRead += n;
            if (bytesRead > limits.maxTotalBytes()) {
                throw refused(NLS.bind(Messages.Archive_tooLarge, limits.maxTotalBytes() / (1024 * 1024)));
            }
            if (entryBytes > RATIO_FROM_BYTES && entryBytes / compressed > limits.maxRatio()) {
                throw refused(NLS.bind(Messages.Archive_ratio, entry.getName(), limits.maxRatio()));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Only read from: nothing is lost when closing fails.
        }
    }
}
