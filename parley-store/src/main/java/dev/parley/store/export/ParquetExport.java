package dev.parley.store.export;

import dev.parley.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Writes every table of a store as {@code <table>.parquet} in a folder, rows sorted so the same store gives
 * the same files. {@link Store#openParquet} reads such a folder back through the store's schema.
 */
public final class ParquetExport {

    private ParquetExport() {
    }

    /** Writes the tables into {@code folder}, creating it when missing; returns the events written. */
    public static long write(Store store, Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        for (String table : Store.TABLES) {
            Path file = folder.resolve(table + ".parquet").toAbsolutePath();
            store.execute("COPY (SELECT * FROM " + table + " ORDER BY ALL) TO '" + file.toString().replace("'", "''")
                    + "' (FORMAT parquet)");
        }
        return store.queryLong("SELECT count(*) FROM events");
    }
}
