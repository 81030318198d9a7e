package dev.parley.store.query;

import dev.parley.store.ResultColumns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads stored events by key, from their records: what comes out is what the pipeline put in. Stateless. */
public final class EventLoader {

    private static final String EVENTS = "SELECT e.id, e.record, e.url FROM events e WHERE e.id IN (SELECT unnest(?))";

    private EventLoader() {
    }

    /** The events with these keys ({@link StoredEvent#key}), in their order; keys not stored are left out. */
    public static List<StoredEvent> load(Connection connection, List<String> keys) throws SQLException {
        Map<String, StoredEvent> events = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement(EVENTS)) {
            p.setArray(1, connection.createArrayOf("VARCHAR", keys.toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    StoredEvent e = row(r);
                    events.put(e.key(), e);
                }
            }
        }
        List<StoredEvent> out = new ArrayList<>(keys.size());
        for (String key : keys) {
            StoredEvent e = events.get(key);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** A row of (key, record, url). */
    static StoredEvent row(ResultSet r) throws SQLException {
        String key = r.getString(1);
        return new StoredEvent(key, EventRecords.parse(key, r.getString(2)), ResultColumns.text(r, 3));
    }
}
