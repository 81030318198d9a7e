package dev.parley.cli;

import dev.parley.store.Store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a store's tables back as sorted lists of rows rendered as text, to compare stores row for row. */
final class StoreRows {

    private StoreRows() {
    }

    /** Every table's rows, by table name. */
    static Map<String, List<String>> all(Path db) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Store store = Store.openExisting(db)) {
            for (String table : Store.TABLES) {
                out.put(table, rows(store, "SELECT CAST(t AS VARCHAR) AS r FROM " + table + " t ORDER BY r"));
            }
            out.put("store_state", rows(store, "SELECT CAST(t AS VARCHAR) AS r FROM store_state t ORDER BY r"));
        }
        return out;
    }

    /** The rows of one query's first column. */
    static List<String> rows(Store store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    /** A count. */
    static long count(Path db, String sql) throws Exception {
        try (Store store = Store.openExisting(db)) {
            return store.queryLong(sql);
        }
    }
}
