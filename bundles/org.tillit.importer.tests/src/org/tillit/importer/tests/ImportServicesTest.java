package org.tillit.importer.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.tillit.importer.AttributeImporter;
import org.tillit.importer.DocumentExtractor;
import org.tillit.importer.DocumentImporter;

/** Import is wired by OSGi Declarative Services: the importer gets the Tika extractor injected. */
class ImportServicesTest {

    @Test
    void importerAndExtractorAreRegisteredServices() throws InterruptedException {
        assertNotNull(waitFor(DocumentExtractor.class));
        assertNotNull(waitFor(DocumentImporter.class));
        assertNotNull(waitFor(AttributeImporter.class));
    }

    private static <S> S waitFor(Class<S> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ImportServicesTest.class).getBundleContext();
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(20_000);
        } finally {
            tracker.close();
        }
    }
}
