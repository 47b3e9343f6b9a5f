package org.tillit.ui.projects;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.osgi.util.NLS;
import org.tillit.model.log.FailureLog;
import org.tillit.ui.l10n.Messages;

/**
 * Another project in the workbench: every part holds the open project's store, so Tillit starts
 * again on the other one. The folder is left in a file of the workspace, which the next start
 * takes (and removes) before anything opens; a restart for any other reason (a new language)
 * names the open project, so it stays open.
 */
public final class ProjectRestart {

    /** In the workspace (the instance area): the project the next start opens. */
    public static final String REQUEST_FILE = "tillit-next-project.txt";
    /** A request older than this was left by a restart that never happened: it is ignored. */
    private static final Duration FRESH = Duration.ofMinutes(2);

    private ProjectRestart() {
    }

    /** Leaves the folder for the next start and restarts the workbench (every change is committed already). */
    public static void restartWith(IWorkbench workbench, Path folder) throws IOException {
        remember(folder);
        workbench.restart();
    }

    /** Leaves the folder for the next start, without restarting. */
    public static void remember(Path folder) throws IOException {
        Path request = requestFile().orElseThrow(() -> new IOException(Messages.Projects_noWorkspace));
        Files.createDirectories(request.getParent());
        Files.writeString(request, folder.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
    }

    /** The folder a restart asked for, if one did just now; the request is removed either way. */
    public static Optional<Path> takeRequest() {
        Optional<Path> request = requestFile().filter(Files::isRegularFile);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        try {
            FileTime written = Files.getLastModifiedTime(request.get());
            String folder = Files.readString(request.get(), StandardCharsets.UTF_8).strip();
            Files.delete(request.get());
            boolean fresh = written.toInstant().isAfter(Instant.now().minus(FRESH));
            return fresh && !folder.isEmpty() ? Optional.of(Path.of(folder)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            FailureLog.warning(ProjectRestart.class, NLS.bind(Messages.Projects_requestUnreadable, request.get()), e);
            return Optional.empty();
        }
    }

    /** Equinox's instance area (-data), where the workspace is. */
    private static Optional<Path> requestFile() {
        String area = System.getProperty("osgi.instance.area");
        if (area == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new URI(area.replace(" ", "%20"))).resolve(REQUEST_FILE));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of(Path.of(area.replaceFirst("^file:", "")).resolve(REQUEST_FILE));
        }
    }
}
