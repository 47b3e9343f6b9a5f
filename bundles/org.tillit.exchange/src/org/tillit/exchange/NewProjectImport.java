package org.tillit.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.tillit.exchange.l10n.Messages;
import org.tillit.model.log.FailureLog;
import org.tillit.store.CoderIdentity;
import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;
import org.tillit.store.ProjectStoreFactory;

/**
 * A REFI-QDA project brought in as a new Tillit project, in a folder that is missing or empty: a
 * project without the preloaded codebook, so that it holds what the file brings and nothing else.
 * All of it lands, or, on any failure, no project is left there (the folder is as it was).
 */
public final class NewProjectImport {

    /** What the import planned and what it could not carry. */
    public record Result(RefiImportPlan plan, DataLossReport report) {
    }

    private NewProjectImport() {
    }

    /**
     * Makes the project and imports the file into it, as one step.
     *
     * @param planned hears of the plan before it is applied (the command line prints it)
     * @throws ProjectStoreException the folder is not empty, or the project could not be made or written
     */
    public static Result into(ProjectStoreFactory stores, Path folder, CoderIdentity coder, RefiContent content,
            Consumer<RefiImportPlan> planned) throws ProjectStoreException {
        return into(stores, folder, coder, content, planned, null);
    }

    /**
     * As {@link #into(ProjectStoreFactory, Path, CoderIdentity, RefiContent, Consumer)}, reporting to
     * the monitor; a cancel throws {@link org.eclipse.core.runtime.OperationCanceledException} and,
     * as any failure, leaves no project behind.
     */
    public static Result into(ProjectStoreFactory stores, Path folder, CoderIdentity coder, RefiContent content,
            Consumer<RefiImportPlan> planned, IProgressMonitor monitor) throws ProjectStoreException {
        if (!ProjectLocation.folder(folder).isFreeForNewProject()) {
            throw new ProjectStoreException(NLS.bind(Messages.NewProject_notEmpty, folder));
        }
        boolean existed = Files.isDirectory(folder);
        try (ProjectStore store = stores.createEmpty(ProjectLocation.folder(folder), coder)) {
            RefiImportPlan plan = RefiImportPlan.of(content, store);
            planned.accept(plan);
            ImportRefiCommand command = new ImportRefiCommand(store, plan, monitor);
            command.execute();
            return new Result(plan, command.report());
        } catch (Throwable e) { // whatever it was (an Error too), no half-made project stays
            removeWhatWasMade(folder, existed);
            throw e;
        }
    }

    /** The folder was missing or empty before: everything in it now was made by the import. */
    private static void removeWhatWasMade(Path folder, boolean keepFolder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> made = Files.walk(folder)) {
            List<Path> deepestFirst = made.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                if (!(keepFolder && path.equals(folder))) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            FailureLog.warning(NewProjectImport.class, "could not remove the half-made project in " + folder, e);
        }
    }
}
