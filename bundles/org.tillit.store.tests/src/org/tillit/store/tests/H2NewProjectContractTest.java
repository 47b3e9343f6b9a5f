package org.tillit.store.tests;

import org.tillit.store.contract.NewProjectContract;

/** The H2 store makes empty projects, renames them and keeps given document identities as the contract says. */
class H2NewProjectContractTest extends NewProjectContract {

    H2NewProjectContractTest() {
        super(new H2Store());
    }
}
