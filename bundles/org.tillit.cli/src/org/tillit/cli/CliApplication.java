package org.tillit.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The Equinox application {@code org.tillit.cli.app}: runs one command on the application
 * arguments and returns its exit code as an {@link Integer}, which the Equinox launcher makes the
 * process's exit status. Output is UTF-8 whatever the locale (JSON and Swedish labels).
 */
public final class CliApplication implements IApplication {

    /** How long to wait for the DS services while the framework starts. */
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(30);

    private final PrintStream out;
    private final PrintStream err;

    public CliApplication() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    /** For tests: the streams the command writes to. */
    public CliApplication(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = args == null ? List.of() : Arrays.asList(args);
        BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        try (OsgiServices services = new OsgiServices(bundleContext, SERVICE_TIMEOUT)) {
            return Cli.standard(services).run(arguments, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void stop() {
        // A command runs to its end; the store is closed by the command itself.
    }
}
