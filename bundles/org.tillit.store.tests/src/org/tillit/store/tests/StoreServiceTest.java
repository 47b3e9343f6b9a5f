package org.tillit.store.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.tillit.store.ProjectStoreFactory;

/** The store is offered as an OSGi Declarative Services component, as the workbench expects. */
class StoreServiceTest {

    @Test
    void projectStoreFactoryIsRegisteredAsAService() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(StoreServiceTest.class).getBundleContext();
        ServiceTracker<ProjectStoreFactory, ProjectStoreFactory> tracker = new ServiceTracker<>(context,
                ProjectStoreFactory.class, null);
        tracker.open();
        try {
            assertNotNull(tracker.waitForService(10_000), "no ProjectStoreFactory service within 10 s");
        } finally {
            tracker.close();
        }
    }
}
