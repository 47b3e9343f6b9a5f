package org.tillit.store.tests;

import java.nio.file.Path;

import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.store.contract.StoreUnderTest;
import org.tillit.store.h2.H2ProjectStoreFactory;

/** The H2 store as the contract suites see it: projects are folders. */
final class H2Store implements StoreUnderTest {

    @Override
    public ProjectStoreFactory factory() {
        return new H2ProjectStoreFactory();
    }

    @Override
    public ProjectLocation newLocation(Path temp, String name) {
        return ProjectLocation.folder(temp.resolve(name));
    }
}
