package dev.parley.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads nullable columns of a result row as {@link Optional}s, and list columns as lists. */
public final class ResultColumns {

    private ResultColumns() {
    }

    public static Optional<String> text(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    public static Optional<LocalDate> day(ResultSet r, int column) throws SQLException {
        return Optional.ofNullable(r.getObject(column, LocalDate.class));
    }

    /** A VARCHAR[] column; empty for SQL NULL. */
    public static List<String> texts(ResultSet r, int column) throws SQLException {
        Array array = r.getArray(column);
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(String.valueOf(o));
            }
        }
        return out;
    }
}
