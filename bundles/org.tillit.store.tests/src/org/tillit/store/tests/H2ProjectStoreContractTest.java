package org.tillit.store.tests;

import org.tillit.store.ProjectLocation;
import org.tillit.store.ProjectStoreFactory;
import org.tillit.store.contract.ProjectStoreContract;
import org.tillit.store.h2.H2ProjectStoreFactory;

/** The H2 store keeps the store contract; projects are folders. */
class H2ProjectStoreContractTest extends ProjectStoreContract {

    @Override
    protected ProjectStoreFactory factory() {
        return new H2ProjectStoreFactory();
    }

    @Override
    protected ProjectLocation newLocation(String name) {
        return ProjectLocation.folder(temp.resolve(name));
    }
}
