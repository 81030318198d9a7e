package dev.parley.cli;

import dev.parley.store.StoreLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option of the store commands. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "the store (a DuckDB file; default: $XDG_DATA_HOME/parley/parley.duckdb, else ~/.local/share/parley/parley.duckdb)")
    Path db;

    /** The store file: the one given, else the default. */
    Path file() {
        return db != null ? db : StoreLocation.defaultFile();
    }
}
