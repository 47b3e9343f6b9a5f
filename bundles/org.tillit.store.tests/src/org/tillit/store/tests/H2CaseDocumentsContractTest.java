package org.tillit.store.tests;

import org.tillit.store.contract.CaseDocumentsContract;

/** The H2 store changes which documents a case holds as the contract says. */
class H2CaseDocumentsContractTest extends CaseDocumentsContract {

    H2CaseDocumentsContractTest() {
        super(new H2Store());
    }
}
