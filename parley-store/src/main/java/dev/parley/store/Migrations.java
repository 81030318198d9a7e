package dev.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's schema as numbered migrations: resources {@code migrations/1.sql}, {@code 2.sql}, ... each
 * applied once, in order, in its own transaction, and recorded in {@code schema_version} with its first
 * comment line as description. A store written by a newer Parley (a higher version than this one knows)
 * is refused rather than misread.
 */
final class Migrations {

    private static final String FOLDER = "migrations/";

    private Migrations() {
    }

    /** The highest migration this build carries. */
    static int latest() {
        int v = 0;
        while (script(v + 1).isPresent()) {
            v++;
        }
        return v;
    }

    /** Applies the migrations {@code connection}'s database lacks; {@code name} is the store, for messages. */
    static void apply(Connection connection, String name) throws SQLException, StoreException {
        execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL)");
        int current = current(connection);
        int latest = latest();
        if (current > latest) {
            throw new StoreException(name + " has schema version " + current + " but this parley knows only up to "
                    + latest + "; use a newer parley to read it");
        }
        for (int v = current + 1; v <= latest; v++) {
            String sql = script(v).orElseThrow();
            execute(connection, "BEGIN TRANSACTION");
            try {
                for (String statement : statements(sql)) {
                    execute(connection, statement);
                }
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, description(sql));
                    p.executeUpdate();
                }
                execute(connection, "COMMIT");
            } catch (SQLException e) {
                execute(connection, "ROLLBACK");
                throw e;
            }
        }
    }

    /** The version recorded in {@code schema_version}, 0 for a new database. */
    static int current(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Optional<String> script(int version) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + version + ".sql")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + version + " from the build; rebuild parley", e);
        }
    }

    /** The statements of a script: split where a line ends with a semicolon; comment-only parts dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        for (String part : sql.split(";[ \\t]*(\\r?\\n|$)")) {
            boolean code = part.lines().map(String::strip).anyMatch(l -> !l.isEmpty() && !l.startsWith("--"));
            if (code) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String description(String sql) {
        return sql.lines().findFirst().filter(l -> l.startsWith("--")).map(l -> l.substring(2).strip()).orElse("");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
