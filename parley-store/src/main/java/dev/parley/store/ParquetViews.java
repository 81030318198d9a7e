package dev.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts a Parquet file in place of a store table, read through the table's columns by name: a nullable
 * column the file lacks (written by an older Parley, or by another writer of the same schema) reads as NULL,
 * a required one it lacks is named in the error, and columns the store does not know are ignored.
 */
final class ParquetViews {

    private ParquetViews() {
    }

    /** Replaces {@code table} (created by the migrations) with a view over {@code file}. */
    static void replace(Connection connection, String table, Path file) throws SQLException, StoreException {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        Set<String> present = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + path + ")")) {
            while (r.next()) {
                present.add(r.getString(1));
            }
        }
        List<String> columns = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT column_name, data_type, is_nullable "
                + "FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String column = r.getString(1);
                    if (present.contains(column)) {
                        columns.add('"' + column + '"');
                    } else if (r.getString(3).equals("YES")) {
                        columns.add("CAST(NULL AS " + r.getString(2) + ") AS \"" + column + '"');
                    } else {
                        throw new StoreException(file + " has no column " + column + ", which this parley needs; "
                                + "write the folder again with parley export --format parquet");
                    }
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE " + table);
            s.execute("CREATE VIEW " + table + " AS SELECT " + String.join(", ", columns) + " FROM read_parquet(" + path + ")");
        }
    }
}
