package org.tillit.store.tests;

import org.tillit.store.contract.ProjectStoreContract;

/** The H2 store keeps the store contract. */
class H2ProjectStoreContractTest extends ProjectStoreContract {

    H2ProjectStoreContractTest() {
        super(new H2Store());
    }
}
