package org.tillit.store.contract;

import java.nio.file.Path;

import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreFactory;

/** The store implementation a contract suite runs against: its factory, and fresh locations. */
public interface StoreUnderTest {

    ProjectStoreFactory factory();

    /** A location where no project is yet; tests may use the temporary folder for it. */
    ProjectLocation newLocation(Path temp, String name) throws Exception;
}
