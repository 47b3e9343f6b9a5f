package org.tillit.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.tillit.cli.Cli;
import org.tillit.cli.OsgiServices;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;

/** Runs the command line in this JVM on the real OSGi services and captures what it prints. */
final class CliRunner implements AutoCloseable {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }

        String lastLine() {
            List<String> lines = lines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final OsgiServices services = new OsgiServices(
            FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), Duration.ofSeconds(20));

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard(services).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The store service the commands use. */
    ProjectStoreFactory projectStoreFactory() {
        return services.projectStoreFactory();
    }

    /** A new project (with the TBSL codebook) in the folder, closed again. */
    Path newProject(Path folder) throws ProjectStoreException {
        projectStoreFactory().open(folder).close();
        return folder;
    }

    @Override
    public void close() {
        services.close();
    }
}
