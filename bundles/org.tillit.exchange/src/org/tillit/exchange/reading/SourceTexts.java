package org.tillit.exchange.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.exchange.reading.ReadSource.ReadCoding;
import org.tillit.exchange.reading.RefiRecords.Coding;
import org.tillit.exchange.reading.RefiRecords.Selection;
import org.tillit.exchange.reading.RefiRecords.Source;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.ExtractionException;
import org.tillit.model.text.TextPositions;

/**
 * Finds each text source's plain text (inline, in the archive's sources folder under any case,
 * or extracted from its rich text when the plain text is missing or empty) and places its codings
 * in it; codings that do not fit are reported, not imported.
 */
public final class SourceTexts {

    private static final String PLAIN = "text/plain";
    /** Media types of the rich-text originals exporters put beside a plain text, by extension. */
    private static final Map<String, String> RICH_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc", "application/msword", "pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text", "rtf", "application/rtf", "html", "text/html",
            "htm", "text/html", "txt", PLAIN);

    private final SafeArchive archive;
    private final DocumentExtractor extractor;
    private final LossTally loss;
    private final Set<String> codeGuids;
    private final Notes notes;
    private final Set<String> names = new HashSet<>();

    public SourceTexts(SafeArchive archive, DocumentExtractor extractor, LossTally loss, Set<String> codeGuids,
            Notes notes) {
        this.archive = archive;
        this.extractor = extractor;
        this.loss = loss;
        this.codeGuids = codeGuids;
        this.notes = notes;
    }

    /** The sources that have a text, in their order. */
    public List<ReadSource> read(List<Source> sources) throws RefiReadException {
        List<ReadSource> read = new ArrayList<>();
        for (Source source : sources) {
            Optional<Original> original = original(source);
            if (original.isEmpty()) {
                loss.add(Messages.Loss_noText, displayName(source));
                continue;
            }
            read.add(place(source, original.get()));
        }
        return read;
    }

    /** A source's text and the file it came from. */
    private record Original(String text, String format, String fileName, byte[] bytes) {
    }

    private Optional<Original> original(Source source) throws RefiReadException {
        if (source.plainTextContent() != null && !source.plainTextContent().isBlank()) {
            String text = source.plainTextContent();
            return Optional.of(new Original(text, PLAIN, displayName(source) + ".txt",
                    text.getBytes(StandardCharsets.UTF_8)));
        }
        Optional<byte[]> plain = archive.referenced(source.plainTextPath());
        if (plain.isPresent()) {
            String text = utf8(plain.get());
            Optional<byte[]> rich = source.richTextPath() == null ? Optional.empty()
                    : archive.referenced(source.richTextPath());
            if (!text.isBlank() && rich.isPresent()) {
                // The rich text is the original the user imported into the other program: kept as it.
                String richName = fileName(source.richTextPath());
                return Optional.of(new Original(text, richType(richName), richName, rich.get()));
            }
            if (!text.isBlank() || source.richTextPath() == null) {
                return Optional.of(new Original(text, PLAIN, fileName(source.plainTextPath()), plain.get()));
            }
        }
        Optional<byte[]> rich = archive.referenced(source.richTextPath());
        if (rich.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(extract(source, fileName(source.richTextPath()), rich.get()));
    }

    private static String richType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return RICH_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    /** Rich text (.docx, .pdf, ...) through the importer's extractor, from a temp folder of its own. */
    private Original extract(Source source, String fileName, byte[] bytes) throws RefiReadException {
        if (extractor == null) {
            throw new RefiReadException(NLS.bind(Messages.Source_noExtractor, displayName(source)));
        }
        try (TempFolder folder = TempFolder.create()) {
            ExtractedText extracted = extractor.extract(folder.write(fileName, bytes));
            return new Original(extracted.text(), extracted.mediaType(), fileName, bytes);
        } catch (IOException | ExtractionException e) {
            throw new RefiReadException(NLS.bind(Messages.Source_unreadable, displayName(source), e.getMessage()), e);
        }
    }

    private ReadSource place(Source source, Original original) {
        LineEndings endings = LineEndings.of(original.text());
        String text = endings.text();
        int length = TextPositions.codePointLength(text);
        PositionReading positions = PositionReading.choose(endings, source.selections());
        String name = uniqueName(displayName(source));
        List<ReadCoding> codings = new ArrayList<>();
        for (Selection selection : source.selections()) {
            long start = selection.whole() ? 0 : positions.map(selection.start());
            long end = selection.whole() ? length : positions.map(selection.end());
            for (Coding coding : selection.codings()) {
                if (coding.codeGuid() == null || !codeGuids.contains(coding.codeGuid())) {
                    loss.add(Messages.Loss_unknownCode, range(name, selection));
                } else if (start < 0 || end <= start || end > length) {
                    loss.add(Messages.Loss_badRange, range(name, selection));
                } else {
                    List<String> noteGuids = coding.noteGuids().isEmpty() ? selection.noteGuids()
                            : Stream.concat(selection.noteGuids().stream(), coding.noteGuids().stream()).toList();
                    codings.add(new ReadCoding(coding.guid(), coding.codeGuid(), coding.userGuid(), coding.created(),
                            (int) start, (int) end, notes.memo(selection.description(), noteGuids)));
                }
            }
        }
        return new ReadSource(source.guid(), name, text, original.format(), sha256(text), original.fileName(),
                original.bytes(), notes.memo(source.description(), source.noteGuids()), source.values(), codings,
                source.created());
    }

    /** A selection as a loss report names it (made only for a loss: there is one for every coding). */
    private static String range(String name, Selection selection) {
        return name + " " + selection.start() + "–" + selection.end();
    }

    /** Two sources of one name (allowed by the standard) get "name (2)", "name (3)", ... */
    private String uniqueName(String name) {
        String unique = name;
        for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    private static String displayName(Source source) {
        if (source.name() != null && !source.name().isBlank()) {
            return source.name().strip();
        }
        String path = source.plainTextPath() != null ? source.plainTextPath() : source.richTextPath();
        return path != null ? fileName(path) : source.guid();
    }

    private static String fileName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return name.isBlank() ? path : name;
    }

    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
