package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.StoreLocation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the query commands read: a store file ({@code --db}) or a folder of Parquet files ({@code --parquet}). */
final class StoreSource {

    @ArgGroup(exclusive = true)
    Choice choice;

    /** Opens the source; a store file must already exist. */
    Store open() throws StoreException {
        if (choice != null && choice.parquet != null) {
            return Store.openParquet(choice.parquet);
        }
        return Store.openExisting(choice != null && choice.db != null ? choice.db : StoreLocation.defaultFile());
    }

    /** One of the two. */
    static final class Choice {
        @Option(names = "--db", paramLabel = "PATH",
                description = "the store (default: $XDG_DATA_HOME/parley/parley.duckdb, else ~/.local/share/parley/parley.duckdb)")
        Path db;

        @Option(names = "--parquet", paramLabel = "DIR",
                description = "read a folder written by 'parley export --format parquet' instead of a store")
        Path parquet;
    }
}
