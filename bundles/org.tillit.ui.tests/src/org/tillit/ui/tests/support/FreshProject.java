package org.tillit.ui.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tillit.store.ProjectStoreException;
import org.tillit.ui.importing.ImportJob;
import org.tillit.ui.testing.UiBot;

/**
 * JUnit 5 extension: the test class starts on a new, empty project of its own (named after the
 * class, in {@code target/ui-test-projects}), opened in the running workbench, so no test class
 * sees what another one did, whatever their order. Use it through {@link TillitUiTest}.
 */
public final class FreshProject implements BeforeAllCallback {

    /** Where the projects go; the POM sets it, the default is for a run from the IDE. */
    private static final String PROJECTS_PROPERTY = "tillit.ui.test.projects";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path folder = folderFor(context.getRequiredTestClass());
        UiBot bot = new UiBot();
        bot.shellStartingWith("Tillit – ");
        // An import of the last class would still write into its project.
        Job.getJobManager().join(ImportJob.FAMILY, null);
        AtomicReference<ProjectStoreException> failure = new AtomicReference<>();
        bot.run(() -> {
            try {
                ProjectSwitch.open(folder);
            } catch (ProjectStoreException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** The project folder of a test class: its simple name, emptied first. */
    public static Path folderFor(Class<?> testClass) throws IOException {
        Path base = Path.of(System.getProperty(PROJECTS_PROPERTY, "target/ui-test-projects"));
        Path folder = base.resolve(testClass.getSimpleName()).toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(base);
        return folder;
    }
}
