package org.tillit.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.tillit.cli.CliApplication;

/** The Equinox application: registered as org.tillit.cli.app, exit code as Integer, no UI bundles. */
class ApplicationTest {

    @TempDir
    Path temp;

    @Test
    void theApplicationIsContributedAsOrgTillitCliApp() {
        IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications",
                "org.tillit.cli.app");
        assertNotNull(extension, "no application org.tillit.cli.app in the extension registry");
        IConfigurationElement application = extension.getConfigurationElements()[0];
        assertEquals("singleton-global", application.getAttribute("cardinality"));
        assertEquals("main", application.getAttribute("thread"));
        assertEquals(CliApplication.class.getName(), application.getChildren("run")[0].getAttribute("class"));
    }

    @Test
    void startReturnsTheCommandsExitCodeAsAnInteger() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliApplication application = new CliApplication(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        Object help = application.start(context("--help"));
        Object unknown = application.start(context("nonsense"));
        Object noProject = application.start(context("documents", "--project", temp.toString()));

        assertEquals(Integer.valueOf(0), help);
        assertEquals(Integer.valueOf(1), unknown);
        assertEquals(Integer.valueOf(1), noProject);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: ./tillit <command>"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'nonsense'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("There is no Tillit project in " + temp));
    }

    @Test
    void theCommandLineBundleNeedsNoUserInterfaceBundle() {
        Bundle cli = FrameworkUtil.getBundle(CliApplication.class);
        Set<String> reached = new HashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>();
        todo.add(cli);
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            if (!reached.add(bundle.getSymbolicName())) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                todo.add(wire.getProvider().getBundle());
            }
        }
        assertTrue(reached.contains("org.tillit.importer") && reached.contains("com.google.gson"), reached.toString());
        for (String name : reached) {
            assertFalse(name.startsWith("org.eclipse.swt") || name.startsWith("org.eclipse.jface")
                    || name.startsWith("org.eclipse.e4.ui") || name.startsWith("org.eclipse.ui"),
                    "the command line reaches the UI bundle " + name);
        }
    }

    private static IApplicationContext context(String... args) {
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return Map.of(IApplicationContext.APPLICATION_ARGS, args);
            }

            @Override
            public void applicationRunning() {
                // nothing to take down: no splash screen
            }

            @Override
            public String getBrandingApplication() {
                return null;
            }

            @Override
            public String getBrandingName() {
                return null;
            }

            @Override
            public String getBrandingDescription() {
                return null;
            }

            @Override
            public String getBrandingId() {
                return null;
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, IApplication application) {
                // only for asynchronous applications
            }
        };
    }
}
