package org.tillit.ui.testing;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension: when a UI test fails, the screen is saved under target/screenshots, and the
 * dialogs the test left open are closed, so that a modal one blocks neither the next tests nor
 * the workbench's shutdown.
 */
public final class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            Path file = Screenshots.capture(new UiBot(), "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
            System.err.println("Screenshot of the failure: " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("No screenshot of the failure: " + e);
        }
        closeDialogs(new UiBot());
    }

    private static void closeDialogs(UiBot bot) {
        bot.run(() -> {
            for (Shell shell : bot.display().getShells()) {
                if (!shell.isDisposed() && shell.getParent() != null) {
                    shell.close();
                }
            }
        });
    }
}
