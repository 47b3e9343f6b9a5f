package org.tillit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.ui.projects.ProjectRestart;
import org.tillit.ui.testing.UiBot;
import org.tillit.ui.tests.pages.ProjectFolderPage;
import org.tillit.ui.tests.support.OpenProject;
import org.tillit.ui.tests.support.TillitUiTest;

/**
 * File > New Project… and Open Project…: a folder that cannot hold a new project, or holds no
 * project, is refused in the dialog with the reason; an accepted one is offered a restart. The
 * restart takes the folder from a note in the workspace, taken once, and only when fresh.
 */
@TillitUiTest
class ProjectsUiTest {

    @TempDir
    static Path files;

    private final UiBot bot = new UiBot();

    @Test
    void aNewProjectNeedsAnEmptyOrNewFolder() throws Exception {
        Path notes = Files.createDirectories(files.resolve("anteckningar"));
        Files.writeString(notes.resolve("läs mig.txt"), "mina anteckningar");
        ProjectFolderPage page = ProjectFolderPage.newProject(bot).refused(notes, "is not empty");
        String asked = page.acceptedButNotNow(files.resolve("ny studie"));
        assertTrue(asked.contains("ny studie") && asked.contains("starts again"), asked);
        assertEquals(Optional.empty(), ProjectRestart.takeRequest(), "no restart was asked for");
    }

    @Test
    void openingNeedsAProjectThereAndNotTheOpenOne() throws Exception {
        Path open = OpenProject.store().location().folder().orElseThrow();
        ProjectFolderPage page = ProjectFolderPage.openProject(bot).refused(open, "is the project open now")
                .refused(Files.createDirectories(files.resolve("tom")), "cannot be opened as a Tillit project");
        Path other = files.resolve("annan studie");
        BundleContext bundles = FrameworkUtil.getBundle(ProjectsUiTest.class).getBundleContext();
        ProjectStoreFactory stores = bundles.getService(bundles.getServiceReference(ProjectStoreFactory.class));
        stores.open(ProjectLocation.folder(other), CoderIdentity.ofSystemUser()).close();
        String asked = page.acceptedButNotNow(other);
        assertTrue(asked.contains("annan studie"), asked);
    }

    @Test
    void theNextStartTakesTheFolderARestartLeftOnceAndOnlyWhenFresh() throws Exception {
        Path folder = files.resolve("nästa projekt");
        ProjectRestart.remember(folder);
        assertEquals(Optional.of(folder), ProjectRestart.takeRequest());
        assertEquals(Optional.empty(), ProjectRestart.takeRequest(), "taken once");

        ProjectRestart.remember(folder);
        Path note = Path.of(new URI(System.getProperty("osgi.instance.area").replace(" ", "%20")))
                .resolve(ProjectRestart.REQUEST_FILE);
        Files.setLastModifiedTime(note, FileTime.from(Instant.now().minusSeconds(600)));
        assertEquals(Optional.empty(), ProjectRestart.takeRequest(), "a restart that never came is not followed");
        assertTrue(Files.notExists(note));
        assertTrue(ProjectLocation.folder(files.resolve("ny studie")).isFreeForNewProject());
    }
}
