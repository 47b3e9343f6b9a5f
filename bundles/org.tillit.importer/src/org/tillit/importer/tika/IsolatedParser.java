package org.tillit.importer.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.exception.TikaException;
import org.apache.tika.fork.ForkParser;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses in a separate Java process whose heap is capped, through Tika's ForkParser: a file that
 * needs more memory than a document may have ends that process, not the workbench. The process
 * starts on first use (about two seconds) and is kept for the next large file.
 */
final class IsolatedParser implements AutoCloseable {

    private static final Path SHELL = Path.of("/bin/sh");

    private final Parser parser;
    private final int heapMegabytes;
    private final Duration timeLimit;
    private ForkParser fork;

    IsolatedParser(Parser parser, int heapMegabytes, Duration timeLimit) {
        this.parser = parser;
        this.heapMegabytes = heapMegabytes;
        this.timeLimit = timeLimit;
    }

    int heapMegabytes() {
        return heapMegabytes;
    }

    void parse(InputStream in, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        forkParser().parse(in, handler, metadata, context);
    }

    /**
     * The classes reach the child process from the Tika bundle's class loader through the
     * fork's own protocol, so no class path has to be assembled from the embedded jars.
     */
    private synchronized ForkParser forkParser() {
        if (fork == null) {
            fork = new ForkParser(parser.getClass().getClassLoader(), parser);
            fork.setJavaCommand(javaCommand());
            // The child gives up on its own too, so a stuck parse does not keep a process alive.
            fork.setServerParseTimeoutMillis(timeLimit.toMillis());
            fork.setPoolSize(1);
        }
        return fork;
    }

    /**
     * Java with the heap cap. Where there is a POSIX shell, the process's stderr goes to a log file
     * instead of the user's terminal: log4j inside Tika reports there, at length, that it finds no
     * OSGi framework, and failures reach the workbench through the fork's protocol anyway.
     */
    private List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + heapMegabytes + "m", "-Djava.awt.headless=true");
        if (!Files.isExecutable(SHELL)) {
            return command;
        }
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "tillit-parser-process.log");
        // The fork appends its own arguments; the shell passes them all on to Java.
        List<String> wrapped = new ArrayList<>(List.of(SHELL.toString(), "-c",
                "log=$1; shift; exec \"$@\" 2>>\"$log\"", "sh", log.toString()));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Whether a failure was the child running out of its heap. */
    static boolean ranOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        if (fork != null) {
            fork.close();
            fork = null;
        }
    }
}
