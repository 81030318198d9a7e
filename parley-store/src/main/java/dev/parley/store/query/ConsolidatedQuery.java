package dev.parley.store.query;

import dev.parley.store.ResultColumns;
import dev.parley.store.Store;

import java.io.IOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selects consolidated events matching a filter, oldest first (undated last), each with its reports.
 * Stateless.
 */
public final class ConsolidatedQuery {

    private static final String ROWS = "SELECT c.id, c.type, c.mode, c.cameo, c.goldstein, c.status, c.date, c.date_end, "
            + "c.actor_codes, c.place, c.country, c.representative_event, c.articles, c.independent_articles, "
            + "c.first_seen, c.last_seen FROM consolidated_events c WHERE %s ORDER BY c.first_day NULLS LAST, c.id";
    private static final String REPORTS = "SELECT consolidated_id, event_id, article_id, url, seen FROM consolidated_reports "
            + "WHERE consolidated_id IN (SELECT unnest(?)) ORDER BY seen NULLS LAST, article_id, event_id";

    private ConsolidatedQuery() {
    }

    /** Hands the matching consolidated events to {@code sink} in chunks; returns how many matched. */
    public static long forEach(Store store, EventFilter filter, ChunkSink<ConsolidatedEvent> sink)
            throws SQLException, IOException {
        FilterSql sql = FilterSql.consolidated(filter);
        List<ConsolidatedEvent> rows;
        try (PreparedStatement p = store.connection().prepareStatement(String.format(ROWS, sql.where()))) {
            sql.bind(p);
            rows = rows(p);
        }
        for (int from = 0; from < rows.size(); from += EventQuery.CHUNK) {
            sink.accept(withReports(store, rows.subList(from, Math.min(rows.size(), from + EventQuery.CHUNK))));
        }
        return rows.size();
    }

    /** One page of the matching consolidated events, in the order of {@link #forEach}, with how many match in all. */
    public static Page<ConsolidatedEvent> page(Store store, EventFilter filter, Page.Window window) throws SQLException {
        FilterSql sql = FilterSql.consolidated(filter);
        List<ConsolidatedEvent> rows;
        try (PreparedStatement p = store.connection().prepareStatement(String.format(ROWS, sql.where()) + FilterSql.LIMIT)) {
            sql.bind(p, window);
            rows = rows(p);
        }
        return new Page<>(sql.count(store, "consolidated_events c"), window.offset(),
                rows.isEmpty() ? rows : withReports(store, rows));
    }

    /** The consolidated events, without their reports, that a bound query selects. */
    private static List<ConsolidatedEvent> rows(PreparedStatement p) throws SQLException {
        List<ConsolidatedEvent> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new ConsolidatedEvent(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getDouble(5), r.getString(6), ResultColumns.text(r, 7), ResultColumns.text(r, 8),
                        ResultColumns.texts(r, 9), ResultColumns.text(r, 10), ResultColumns.text(r, 11),
                        r.getString(12), r.getInt(13), r.getInt(14), ResultColumns.day(r, 15),
                        ResultColumns.day(r, 16), List.of()));
            }
        }
        return out;
    }

    private static List<ConsolidatedEvent> withReports(Store store, List<ConsolidatedEvent> rows) throws SQLException {
        Array ids = store.connection().createArrayOf("VARCHAR", rows.stream().map(ConsolidatedEvent::id).toArray());
        Map<String, List<ReportRef>> reports = new HashMap<>();
        try (PreparedStatement p = store.connection().prepareStatement(REPORTS)) {
            p.setArray(1, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    reports.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new ReportRef(r.getString(2),
                            r.getString(3), ResultColumns.text(r, 4), ResultColumns.day(r, 5)));
                }
            }
        }
        List<ConsolidatedEvent> out = new ArrayList<>(rows.size());
        for (ConsolidatedEvent c : rows) {
            out.add(new ConsolidatedEvent(c.id(), c.type(), c.mode(), c.cameo(), c.goldstein(), c.status(), c.date(),
                    c.dateEnd(), c.actorCodes(), c.place(), c.country(), c.representativeEvent(), c.articles(),
                    c.independentArticles(), c.firstSeen(), c.lastSeen(), reports.getOrDefault(c.id(), List.of())));
        }
        return out;
    }
}
