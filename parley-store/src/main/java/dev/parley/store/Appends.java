package dev.parley.store;

import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** Appends optional values to a DuckDB appender row: the value, or SQL NULL when empty. */
public final class Appends {

    private Appends() {
    }

    public static void text(DuckDBAppender a, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            a.append(value.get());
        } else {
            a.appendNull();
        }
    }

    public static void day(DuckDBAppender a, Optional<LocalDate> value) throws SQLException {
        if (value.isPresent()) {
            a.append(value.get());
        } else {
            a.appendNull();
        }
    }

    public static void number(DuckDBAppender a, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            a.append(value.getAsInt());
        } else {
            a.appendNull();
        }
    }
}
