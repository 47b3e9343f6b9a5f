package org.tillit.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.tillit.cli.l10n.Messages;
import org.tillit.importer.AttributeImporter;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.DocumentImporter;
import org.tillit.store.ProjectStoreFactory;

/**
 * The services from the OSGi registry, where Felix SCR registers them once their bundles start.
 * Each is waited for (up to the timeout) when a command first asks for it.
 */
public final class OsgiServices implements CliServices, AutoCloseable {

    private final BundleContext context;
    private final Duration timeout;
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    public OsgiServices(BundleContext context, Duration timeout) {
        this.context = context;
        this.timeout = timeout;
    }

    @Override
    public ProjectStoreFactory projectStoreFactory() {
        return get(ProjectStoreFactory.class, Messages.Services_store);
    }

    @Override
    public DocumentImporter documentImporter() {
        return get(DocumentImporter.class, Messages.Services_importer);
    }

    @Override
    public AttributeImporter attributeImporter() {
        return get(AttributeImporter.class, Messages.Services_attributeImporter);
    }

    @Override
    public DocumentExtractor documentExtractor() {
        return get(DocumentExtractor.class, Messages.Services_extractor);
    }

    private synchronized <S> S get(Class<S> type, String what) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        try {
            S service = tracker.waitForService(timeout.toMillis());
            if (service == null) {
                throw CliException.failure(
                        NLS.bind(Messages.Services_timeout, new Object[] { what, type.getName(), timeout.toSeconds() }),
                        null);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliException.failure(NLS.bind(Messages.Services_interrupted, what), e);
        }
    }

    /** Releases the services. */
    @Override
    public synchronized void close() {
        trackers.forEach(ServiceTracker::close);
        trackers.clear();
    }
}
