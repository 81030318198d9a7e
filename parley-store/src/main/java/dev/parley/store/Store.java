package dev.parley.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A Parley store: one DuckDB file holding articles, their events, and the consolidation of reports across
 * articles (tables in {@code migrations/1.sql}). Opening applies the migrations the file lacks. Or a folder
 * of Parquet files written by {@link dev.parley.store.export.ParquetExport}, read through the same schema.
 *
 * <p>One connection; not thread-safe. DuckDB lets one process at a time open a file.
 */
public final class Store implements AutoCloseable {

    /** The tables that hold data, in the order exports write them. */
    public static final List<String> TABLES = List.of("schema_version", "articles", "article_texts", "events", "actors",
            "participants", "evidence", "series", "series_events", "article_duplicates", "consolidated_events",
            "consolidated_reports");

    private static final String CONSOLIDATION = "consolidation";

    private final Connection connection;
    private final String name;

    private Store(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Opens the store in {@code file}, creating the file and its folder when missing. */
    public static Store open(Path file) throws StoreException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + parent + " for the store (" + e.getMessage()
                    + "); choose another place with --db");
        }
        return connect("jdbc:duckdb:" + file.toAbsolutePath(), file.toString());
    }

    /** Opens the store in {@code file}, which must exist: for commands that only read. */
    public static Store openExisting(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("there is no store at " + file + "; run parley ingest first, or name it with --db");
        }
        return open(file);
    }

    /**
     * Opens a folder of Parquet files as a read-only store: {@code events.parquet} is required, every other
     * table is read from its {@code <table>.parquet} when present and empty otherwise, each through the
     * store's columns (see {@link ParquetViews}).
     */
    public static Store openParquet(Path folder) throws StoreException {
        if (!Files.isRegularFile(folder.resolve("events.parquet"))) {
            throw new StoreException(folder + " has no events.parquet; write one with parley export --format parquet -o "
                    + folder);
        }
        Store store = connect("jdbc:duckdb:", folder.toString());
        try {
            for (String table : TABLES) {
                Path file = folder.resolve(table + ".parquet");
                if (Files.isRegularFile(file)) {
                    ParquetViews.replace(store.connection, table, file);
                }
            }
            int version = Migrations.current(store.connection);
            if (version > Migrations.latest()) {
                throw new StoreException(folder + " was written with schema version " + version
                        + " but this parley knows only up to " + Migrations.latest() + "; use a newer parley to read it");
            }
        } catch (SQLException e) {
            store.close();
            throw new StoreException("cannot read the Parquet files in " + folder + " (" + e.getMessage()
                    + "); write them again with parley export --format parquet", e);
        } catch (StoreException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static Store connect(String url, String name) throws StoreException {
        Properties settings = new Properties();
        // everything Parley needs is built in; never reach for the network
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, settings);
        } catch (SQLException e) {
            throw new StoreException(openFailure(name, e), e);
        }
        try {
            Migrations.apply(connection, name);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("cannot set up the tables of " + name + " (" + e.getMessage()
                    + "); is it a Parley store? Choose another file with --db", e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
        return new Store(connection, name);
    }

    private static String openFailure(String name, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return name + " is in use by another parley process (" + message.lines().findFirst().orElse("")
                    + "); wait for it to finish, or choose another store with --db";
        }
        return "cannot open " + name + " as a store (" + message.lines().findFirst().orElse("")
                + "); check the path, or choose another file with --db";
    }

    /** The file or folder this store was opened from, for messages. */
    public String name() {
        return name;
    }

    /** The JDBC connection, for the store's own readers and writers. */
    public Connection connection() {
        return connection;
    }

    /** Executes one statement, on a fresh {@link Statement} (DuckDB closes one after a failure). */
    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** A long-valued query's single result, such as a count. */
    public long queryLong(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** An appender for bulk rows into {@code table}; its rows join the open transaction. */
    public DuckDBAppender appender(String table) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).createAppender(table);
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none of it. An explicit BEGIN makes
     * appenders' rows part of the transaction too.
     */
    public void inTransaction(Work work) throws SQLException {
        execute("BEGIN TRANSACTION");
        try {
            work.run();
            execute("COMMIT");
        } catch (SQLException | RuntimeException e) {
            try {
                execute("ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** True unless an ingest stored articles and stopped before recomputing the consolidation. */
    public boolean consolidationCurrent() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM store_state WHERE key = '" + CONSOLIDATION + "'")) {
            return !r.next() || r.getString(1).equals("current");
        }
    }

    /** Records whether the consolidation matches the stored events; call inside the transaction that changes them. */
    public void markConsolidation(boolean current) throws SQLException {
        execute("INSERT OR REPLACE INTO store_state VALUES ('" + CONSOLIDATION + "', '"
                + (current ? "current" : "stale") + "')");
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing releases the file either way; nothing is lost: every write was committed or rolled back
        }
    }

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws SQLException;
    }
}
