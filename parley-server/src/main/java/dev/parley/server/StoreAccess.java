package dev.parley.server;

import dev.parley.store.Store;

import java.sql.SQLException;

/**
 * The server's one {@link Store}, used by one request at a time: a store has one connection, which is not
 * thread-safe. Reads are short; an ingest holds the store until it has committed and consolidated.
 * Thread-safe.
 */
final class StoreAccess {

    private final Store store;

    StoreAccess(Store store) {
        this.store = store;
    }

    /** Runs {@code work} with the store, alone. */
    synchronized <T> T with(Work<T> work) throws SQLException, InterruptedException {
        return work.run(store);
    }

    /** Work on the store. */
    @FunctionalInterface
    interface Work<T> {
        T run(Store store) throws SQLException, InterruptedException;
    }
}
