package org.tillit.model.log;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * Writes a failure that reaches the user as a message, with its stack trace, to the platform log
 * (the workspace's {@code .metadata/.log}), so the one line the user sees can be traced. Outside
 * OSGi (a plain JVM, as the crash-safety worker runs) it goes to standard error instead.
 *
 * <p>Equinox starts its log in the configuration folder ({@code configuration/<timestamp>.log})
 * and moves it into the workspace only when the workspace's metadata area is first used; the
 * workbench does that early, the command line never would. So the log file is looked up (which
 * moves it, with what it holds) before anything is written.
 */
public final class FailureLog {

    private FailureLog() {
    }

    /** Something went wrong that should not have: a bug, a store that cannot write. */
    public static void error(Class<?> where, String message, Throwable failure) {
        if (!inOsgi(where)) {
            printed("ERROR", where, message, failure);
            return;
        }
        file();
        ILog.of(where).error(message, failure);
    }

    /** A failure the user's input explains (a damaged file, a missing folder), kept for the details. */
    public static void warning(Class<?> where, String message, Throwable failure) {
        if (!inOsgi(where)) {
            printed("WARNING", where, message, failure);
            return;
        }
        file();
        ILog.of(where).warn(message, failure);
    }

    /**
     * The log file, in the workspace from this call on, to tell the user where the details are;
     * empty outside OSGi or without a workspace.
     */
    public static Optional<Path> file() {
        if (!inOsgi(FailureLog.class)) {
            return Optional.empty();
        }
        try {
            IPath location = Platform.getLogFileLocation();
            return location == null ? Optional.empty() : Optional.of(location.toPath());
        } catch (IllegalStateException noInstanceArea) {
            return Optional.empty();
        }
    }

    private static boolean inOsgi(Class<?> where) {
        try {
            return FrameworkUtil.getBundle(where) != null;
        } catch (LinkageError noOsgiClasses) {
            return false;
        }
    }

    private static void printed(String severity, Class<?> where, String message, Throwable failure) {
        System.err.println(severity + " " + where.getName() + ": " + message);
        if (failure != null) {
            failure.printStackTrace(System.err);
        }
    }
}
