package org.tillit.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * The entries written to the platform log (the workspace's {@code .metadata/.log}) while it is
 * open: for tests that a failure shown to the user also lands in the log with its stack trace.
 */
public final class LogEntries implements AutoCloseable {

    private final List<IStatus> entries = new CopyOnWriteArrayList<>();
    private final ILogListener listener = (status, plugin) -> entries.add(status);

    public LogEntries() {
        Platform.addLogListener(listener);
    }

    /** The entries so far whose exception is of the given type (or caused by one), oldest first. */
    public List<IStatus> withException(Class<? extends Throwable> type) {
        return entries.stream().filter(hasCause(type)).toList();
    }

    private static Predicate<IStatus> hasCause(Class<? extends Throwable> type) {
        return status -> {
            for (Throwable t = status.getException(); t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public void close() {
        Platform.removeLogListener(listener);
    }
}
