package org.tillit.store;

/** Store calls that belong together: run by {@link ProjectStore#inOneTransaction}. */
@FunctionalInterface
public interface StoreWork {
    void run() throws ProjectStoreException;
}
