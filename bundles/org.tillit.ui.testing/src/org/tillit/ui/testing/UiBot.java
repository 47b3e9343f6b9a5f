package org.tillit.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * The project's small UI driver, shaped like SWTBot: tests run on their own thread, every widget
 * access is marshalled to the UI thread, lookups wait with a timeout, clicks are sent as events.
 * If SWTBot ever reaches Maven Central, this class and its Bot* helpers are what to swap.
 */
public final class UiBot {

    /** SWTBot's key for widget ids; the application tags widgets with it. */
    public static final String ID_KEY = "org.eclipse.swtbot.widget.key";

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Display display;

    public UiBot() {
        this.display = waitForDisplay();
    }

    private static Display waitForDisplay() {
        long deadline = System.currentTimeMillis() + DEFAULT_TIMEOUT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            Display found = Display.findDisplay(uiThread());
            if (found != null) {
                return found;
            }
            sleep(100);
        }
        throw new WidgetNotFoundException("no SWT display appeared within " + DEFAULT_TIMEOUT);
    }

    /** The thread that created the workbench's display (the only one that may have one). */
    private static Thread uiThread() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (Display.findDisplay(thread) != null) {
                return thread;
            }
        }
        return null;
    }

    public Display display() {
        return display;
    }

    public <T> T sync(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(action.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public void run(Runnable action) {
        sync(() -> {
            action.run();
            return null;
        });
    }

    /** Runs later on the UI thread: for clicks that open modal dialogs and so do not return. */
    public void async(Runnable action) {
        display.asyncExec(action);
    }

    public void waitUntil(Condition condition) {
        waitUntil(condition, DEFAULT_TIMEOUT);
    }

    public void waitUntil(Condition condition, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (true) {
            if (Boolean.TRUE.equals(sync(condition::test))) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new WidgetNotFoundException("timed out after " + timeout.toSeconds() + " s waiting until "
                        + condition.describe());
            }
            sleep(50);
        }
    }

    /** Waits for a visible shell with this exact title. */
    public BotShell shell(String title) {
        return new BotShell(this, waitFor("shell '" + title + "'", () -> findShell(s -> title.equals(s.getText()))));
    }

    /** Waits for a visible shell whose title starts with the prefix (window titles carry the project). */
    public BotShell shellStartingWith(String prefix) {
        return new BotShell(this, waitFor("shell starting with '" + prefix + "'",
                () -> findShell(s -> s.getText().startsWith(prefix))));
    }

    /** Waits for a widget of the type with the given id anywhere in the application. */
    public <W extends Widget> W widget(Class<W> type, String id) {
        return waitFor(type.getSimpleName() + " with id '" + id + "'", () -> {
            for (Shell shell : display.getShells()) {
                Optional<W> found = find(shell, type, w -> id.equals(w.getData(ID_KEY)));
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }

    <W extends Widget> W waitFor(String what, Supplier<Optional<W>> lookup) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil(Condition.of(what + " to appear", () -> {
            lookup.get().ifPresent(found::set);
            return found.get() != null;
        }));
        return found.get();
    }

    private Optional<Shell> findShell(Predicate<Shell> test) {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && test.test(shell)) {
                return Optional.of(shell);
            }
        }
        return Optional.empty();
    }

    /** Every widget of the type below a composite; call on the UI thread. */
    static <W extends Widget> List<W> findAll(Composite root, Class<W> type) {
        List<W> found = new ArrayList<>();
        find(root, type, w -> {
            found.add(w);
            return false;
        });
        return found;
    }

    /** Depth-first search below a composite; call on the UI thread. */
    static <W extends Widget> Optional<W> find(Composite root, Class<W> type, Predicate<W> test) {
        List<Control> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (control.isDisposed()) {
                continue;
            }
            if (type.isInstance(control) && test.test(type.cast(control))) {
                return Optional.of(type.cast(control));
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        return Optional.empty();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the UI", e);
        }
    }
}
