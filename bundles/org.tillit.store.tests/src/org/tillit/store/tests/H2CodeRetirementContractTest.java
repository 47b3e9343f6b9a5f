package org.tillit.store.tests;

import org.tillit.store.contract.CodeRetirementContract;

/** The H2 store merges and deletes codes with their codings as the contract says. */
class H2CodeRetirementContractTest extends CodeRetirementContract {

    H2CodeRetirementContractTest() {
        super(new H2Store());
    }
}
