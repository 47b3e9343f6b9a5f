package org.tillit.importer.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.eclipse.osgi.util.NLS;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.ExtractedText;
import org.tillit.importer.ExtractionException;
import org.tillit.importer.PendingExtraction;
import org.tillit.importer.l10n.Messages;
import org.xml.sax.SAXException;

/**
 * Extracts text with Apache Tika's auto-detecting parser and turns failures into plain words.
 * Every parse has a time limit; large files, the ones that can need a lot of memory, are parsed
 * in a separate Java process with a capped heap, so no file can exhaust the workbench's memory.
 */
public final class TikaDocumentExtractor implements DocumentExtractor, AutoCloseable {

    /** Larger files are refused before parsing; a transcript is rarely over a few MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** Stops runaway output (a zip bomb inflating into text) long before memory runs out. */
    private static final int MAX_TEXT_CHARS = 50_000_000;

    /** A parser stuck on a malformed file must not stall an import of hundreds of files. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(2);

    /**
     * From this size on a file is parsed in its own process. Below it, parsing in process is far
     * faster, and the zip-bomb guard and the text limit bound what a small file can take.
     */
    public static final long DEFAULT_ISOLATE_FROM_BYTES = 10L * 1024 * 1024;
    /** The heap of that process: a large transcript needs a fraction of it. */
    public static final int DEFAULT_ISOLATED_HEAP_MB = 512;

    private final AutoDetectParser parser;
    private final MediaTypeRegistry registry;
    private final ParseThreads parseThreads = new ParseThreads();
    private final IsolatedParser isolated;
    private final long maxFileBytes;
    private final Duration timeLimit;
    private final long isolateFromBytes;

    public TikaDocumentExtractor() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_TIME_LIMIT);
    }

    public TikaDocumentExtractor(long maxFileBytes, Duration timeLimit) {
        this(maxFileBytes, timeLimit, DEFAULT_ISOLATE_FROM_BYTES, DEFAULT_ISOLATED_HEAP_MB);
    }

    /**
     * @param isolateFromBytes files of this size and larger are parsed in a separate process
     * @param isolatedHeapMegabytes the heap that process may use
     */
    public TikaDocumentExtractor(long maxFileBytes, Duration timeLimit, long isolateFromBytes,
            int isolatedHeapMegabytes) {
        this.maxFileBytes = maxFileBytes;
        this.timeLimit = timeLimit;
        this.isolateFromBytes = isolateFromBytes;
        // Parsers are found through META-INF/services of the jars embedded in the Tika bundle,
        // which only that bundle's class loader sees.
        TikaConfig config = newConfig();
        this.parser = new AutoDetectParser(config);
        this.registry = config.getMediaTypeRegistry();
        this.isolated = new IsolatedParser(parser, isolatedHeapMegabytes, timeLimit);
    }

    /** Ends the separate parsing process, if one was started. */
    @Override
    public void close() {
        isolated.close();
    }

    private static TikaConfig newConfig() {
        try {
            return new TikaConfig(TikaConfig.class.getClassLoader());
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Apache Tika cannot start: " + e.getMessage(), e);
        }
    }

    @Override
    public ExtractedText extract(Path file) throws ExtractionException {
        return start(file).await();
    }

    /** Checks the file here, then parses it on a parser thread; the time limit runs from now. */
    @Override
    public PendingExtraction start(Path file) {
        long size;
        try {
            size = checkedSize(file);
            ZipBombGuard.check(file);
        } catch (ExtractionException e) {
            return () -> {
                throw e;
            };
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        PlainTextGuard.fixTextType(file, metadata, parser.getDetector(), registry);
        PageTextHandler pages = new PageTextHandler();
        BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(pages, MAX_TEXT_CHARS));
        ParseContext context = new ParseContext();
        // Page headers and footers ("Intervju 3 – sida 2") are not what was said: leave them out.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        // No Parser in the context: files embedded in a document (an Excel chart in a Word
        // transcript, thumbnails) are not what was said and stay out of its text.
        boolean isolate = size >= isolateFromBytes;
        long started = System.nanoTime();
        Future<Void> parse = parseThreads.submit(() -> {
            try (InputStream in = TikaInputStream.get(file)) {
                if (isolate) {
                    isolated.parse(in, handler, metadata, context);
                } else {
                    parser.parse(in, handler, metadata, context);
                }
            }
            return null;
        });
        return () -> finish(file, parse, started, metadata, pages);
    }

    private ExtractedText finish(Path file, Future<Void> parse, long started, Metadata metadata, PageTextHandler pages)
            throws ExtractionException {
        try {
            awaitWithinTimeLimit(parse, started);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(NLS.bind(Messages.Extractor_password, FormatNames.of(file)), e);
        } catch (WriteLimitReachedException e) {
            throw new ExtractionException(NLS.bind(Messages.Extractor_tooLong, MAX_TEXT_CHARS), e);
        } catch (TikaException | SAXException | IOException e) {
            throw new ExtractionException(
                    NLS.bind(Messages.Extractor_damaged, FormatNames.of(file), rootMessage(e)), e);
        }
        String mediaType = detectedType(metadata);
        // Headers go before normalising: codings point into the normalised text.
        String text = TextNormalizer.normalize(pages.text());
        if (text.isEmpty()) {
            throw new ExtractionException(noTextReason(file, mediaType));
        }
        return new ExtractedText(text, mediaType, interestingMetadata(metadata));
    }

    /**
     * Waits for the parse until the time limit, counted from its start, is up. Parsers do not answer
     * to interrupts, so a stuck one is left to finish on its daemon thread; the import goes on.
     */
    private void awaitWithinTimeLimit(Future<Void> parse, long started)
            throws TikaException, SAXException, IOException, ExtractionException {
        try {
            parse.get(Math.max(0, timeLimit.toNanos() - (System.nanoTime() - started)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException(NLS.bind(Messages.Extractor_timeout, describe(timeLimit)), e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Messages.Extractor_interrupted, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                throw new ExtractionException(Messages.Extractor_memory, cause);
            }
            if (IsolatedParser.ranOutOfMemory(cause)) {
                throw new ExtractionException(
                        NLS.bind(Messages.Extractor_memoryLimit, isolated.heapMegabytes()), cause);
            }
            if (cause instanceof TikaException tika) {
                throw tika;
            }
            if (cause instanceof SAXException sax) {
                throw sax;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ExtractionException(NLS.bind(Messages.Extractor_unreadable, cause), cause);
        }
    }

    private static String describe(Duration duration) {
        return duration.toSeconds() >= 1 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** The file's size, once it is known to be neither empty nor over the limit. */
    private long checkedSize(Path file) throws ExtractionException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(NLS.bind(Messages.Extractor_cannotRead, e.getMessage()), e);
        }
        if (size == 0) {
            throw new ExtractionException(Messages.Extractor_empty);
        }
        if (size > maxFileBytes) {
            throw new ExtractionException(
                    NLS.bind(Messages.Extractor_tooLarge, size / (1024 * 1024), maxFileBytes / (1024 * 1024)));
        }
        return size;
    }

    private static String noTextReason(Path file, String mediaType) {
        if (MediaType.OCTET_STREAM.toString().equals(mediaType)) {
            return NLS.bind(Messages.Extractor_unknownFormat, FormatNames.of(file));
        }
        if (mediaType.equals("application/pdf")) {
            return Messages.Extractor_pdfNoText;
        }
        return NLS.bind(Messages.Extractor_noText, FormatNames.of(file));
    }

    private static String detectedType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? MediaType.OCTET_STREAM.toString() : MediaType.parse(type).getBaseType().toString();
    }

    private static Map<String, String> interestingMetadata(Metadata metadata) {
        Map<String, String> result = new TreeMap<>();
        for (Property property : new Property[] { TikaCoreProperties.TITLE,
                TikaCoreProperties.CREATOR, TikaCoreProperties.CREATED, TikaCoreProperties.MODIFIED,
                TikaCoreProperties.LANGUAGE }) {
            String value = metadata.get(property);
            if (value != null && !value.isBlank()) {
                result.put(property.getName(), value);
            }
        }
        return result;
    }

    /** The innermost cause in a few words: enough for a bug report, short enough for a researcher. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        String first = message.split("[;\n]", 2)[0].strip();
        return first.length() <= 80 ? first : first.substring(0, 77) + "…";
    }
}
