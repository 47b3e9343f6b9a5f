package org.tillit.testing.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.Supplier;

import org.tillit.store.ProjectStore;
import org.tillit.store.ProjectStoreException;

/**
 * A store that fails on purpose: it passes every call to the real store and, once armed, throws
 * right after the n-th change call has done its work, so that a unit of work fails halfway with
 * some of its changes already made. Tests run a command with n = 1, 2, ... until it gets through.
 */
public final class FailingStore implements InvocationHandler {

    /** The calls that change the project (reading calls never fail). */
    private static final Set<String> CHANGES = Set.of("addDocument", "addDocuments", "insertDocument",
            "removeDocument", "insertCode", "updateCode", "moveCode", "removeCode", "setMembers", "insertSet",
            "removeSet", "insertCoding", "insertCodings", "changeRange", "recode", "removeCoding", "removeCodings",
            "currentCoder", "insertCoder", "removeCoder", "insertCase", "removeCase", "setCaseDocuments", "setAttribute",
            "mergeCode", "unmergeCode", "deleteCodeWithCodings", "restoreCodeWithCodings",
            "changeAttributes", "saveMemo", "nameProject", "replaceText", "replaceTexts");

    private final ProjectStore real;
    private int failAt;
    private int calls;
    private Supplier<? extends Throwable> failure = () -> new IllegalStateException("injected failure");
    private boolean failed;

    private FailingStore(ProjectStore real) {
        this.real = real;
    }

    /** Wraps the store; the handler arms and reads the failure. */
    public static FailingStore around(ProjectStore real) {
        return new FailingStore(real);
    }

    public ProjectStore store() {
        return (ProjectStore) Proxy.newProxyInstance(ProjectStore.class.getClassLoader(),
                new Class<?>[] { ProjectStore.class }, this);
    }

    /** Fails after the n-th change call from now on (counting from 1) with the given failure. */
    public void failAfter(int n, Supplier<? extends Throwable> what) {
        failAt = n;
        calls = 0;
        failed = false;
        failure = what;
    }

    /** Runtime exceptions, store exceptions and errors in turn, for the n-th attempt. */
    public static Supplier<Throwable> kindOfFailure(int n) {
        return switch (n % 3) {
            case 1 -> () -> new IllegalStateException("injected failure");
            case 2 -> () -> new ProjectStoreException("injected store failure");
            default -> () -> new AssertionError("injected error");
        };
    }

    public void disarm() {
        failAt = 0;
    }

    /** Whether the armed failure was thrown (false: the work made fewer change calls than n). */
    public boolean failed() {
        return failed;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (failAt > 0 && CHANGES.contains(method.getName()) && ++calls == failAt) {
            failAt = 0;
            failed = true;
            throw failure.get();
        }
        return result;
    }
}
