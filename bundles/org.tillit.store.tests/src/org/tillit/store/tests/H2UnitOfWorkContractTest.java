package org.tillit.store.tests;

import org.tillit.store.contract.UnitOfWorkContract;

/** The H2 store keeps units of work and the threading rule as the contract says. */
class H2UnitOfWorkContractTest extends UnitOfWorkContract {

    H2UnitOfWorkContractTest() {
        super(new H2Store());
    }
}
