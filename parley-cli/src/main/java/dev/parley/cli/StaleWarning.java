package dev.parley.cli;

import dev.parley.store.Store;

import java.sql.SQLException;

/** Warns, on stderr, that an interrupted ingest left the consolidation behind the stored events. */
final class StaleWarning {

    private StaleWarning() {
    }

    static void check(Store store, String command) throws SQLException {
        if (!store.consolidationCurrent()) {
            System.err.println("parley " + command + ": an ingest into " + store.name() + " was interrupted, so the "
                    + "consolidated events are out of date; run the same parley ingest again to bring them up to date");
        }
    }
}
