package org.tillit.ui.retrieval;

import java.net.URL;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * NatTable paints with Eclipse Collections, whose API bundle finds its implementation through
 * ServiceLoader and the thread's context class loader. Without SPI Fly that fails in OSGi: each
 * factory class (Sets, Lists, ...) throws when first used, NatTable logs it through slf4j-nop and
 * paints an empty table. So every factory class is initialised once, with the implementation
 * bundle's class loader as context loader.
 */
public final class CollectionsFactories {

    private static final String FACTORIES = "org/eclipse/collections/api/factory";
    private static boolean ready;

    private CollectionsFactories() {
    }

    public static synchronized void prepare() {
        if (ready) {
            return;
        }
        ready = true;
        Bundle api = FrameworkUtil.getBundle(org.eclipse.collections.api.factory.Sets.class);
        if (api == null) {
            return; // not in OSGi: ServiceLoader finds the implementation on the class path
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.eclipse.collections.impl.factory.Sets.class.getClassLoader());
        try {
            Enumeration<URL> classes = api.findEntries(FACTORIES, "*.class", true);
            while (classes != null && classes.hasMoreElements()) {
                String path = classes.nextElement().getPath();
                String name = path.substring(path.indexOf(FACTORIES), path.length() - ".class".length()).replace('/', '.');
                initialise(name, api);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void initialise(String className, Bundle api) {
        try {
            Class.forName(className, true, api.loadClass(className).getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // a class NatTable cannot use either; the others are ready
        }
    }
}
