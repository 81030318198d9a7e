package dev.parley.store.query;

import dev.parley.store.Store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Selects per-article events: those matching a filter, oldest first (undated last), then by article and
 * position in it. One query; results are handed on in chunks as they are read. Stateless.
 */
public final class EventQuery {

    /** Events handed to a sink at a time. */
    public static final int CHUNK = 2_000;

    private EventQuery() {
    }

    private static final String ROWS = "SELECT e.id, e.record, e.url FROM events e WHERE %s "
            + "ORDER BY e.first_day NULLS LAST, e.article_id, e.ordinal";

    /** Hands the matching events to {@code sink} in chunks; returns how many matched. */
    public static long forEach(Store store, EventFilter filter, ChunkSink<StoredEvent> sink)
            throws SQLException, IOException {
        FilterSql sql = FilterSql.events(filter);
        long n = 0;
        try (PreparedStatement p = store.connection().prepareStatement(String.format(ROWS, sql.where()))) {
            sql.bind(p);
            try (ResultSet r = p.executeQuery()) {
                List<StoredEvent> chunk = new ArrayList<>(CHUNK);
                while (r.next()) {
                    chunk.add(EventLoader.row(r));
                    n++;
                    if (chunk.size() == CHUNK) {
                        sink.accept(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    sink.accept(chunk);
                }
            }
        }
        return n;
    }

    /** One page of the matching events, in the order of {@link #forEach}, with how many match in all. */
    public static Page<StoredEvent> page(Store store, EventFilter filter, Page.Window window) throws SQLException {
        FilterSql sql = FilterSql.events(filter);
        List<StoredEvent> items = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(String.format(ROWS, sql.where()) + FilterSql.LIMIT)) {
            sql.bind(p, window);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    items.add(EventLoader.row(r));
                }
            }
        }
        return new Page<>(sql.count(store, "events e"), window.offset(), items);
    }
}
