package dev.parley.store.query;

import dev.parley.api.EventType;
import dev.parley.store.Store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EventFilter} as a SQL WHERE clause with its parameters, over per-article events (alias
 * {@code e}) or consolidated events (alias {@code c}). A consolidated event matches the series and text
 * criteria when any of its reports does.
 *
 * @param where  the clause, "TRUE" when nothing is filtered
 * @param params the values of its placeholders, in order
 */
record FilterSql(String where, List<Object> params) {

    /** Appended to a query to select a {@link Page.Window}; see {@link #bind(PreparedStatement, Page.Window)}. */
    static final String LIMIT = " LIMIT ? OFFSET ?";

    /** The filter over {@code events e}. */
    static FilterSql events(EventFilter f) {
        return build(f, "e",
                "lower(e.series) = lower(?)",
                "e.id IN (SELECT event_id FROM evidence WHERE text ILIKE ? ESCAPE '\\')");
    }

    /** The filter over {@code consolidated_events c}. */
    static FilterSql consolidated(EventFilter f) {
        return build(f, "c",
                "c.id IN (SELECT r.consolidated_id FROM consolidated_reports r JOIN events s "
                        + "ON s.id = r.event_id WHERE lower(s.series) = lower(?))",
                "c.id IN (SELECT r.consolidated_id FROM consolidated_reports r JOIN evidence v "
                        + "ON v.event_id = r.event_id WHERE v.text ILIKE ? ESCAPE '\\')");
    }

    private static FilterSql build(EventFilter f, String alias,
                                   String seriesSql, String textSql) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        String actorSql = "list_contains(" + alias + ".actor_codes, ?)";
        f.actor().ifPresent(code -> add(clauses, params, actorSql, code));
        f.dyad().ifPresent(d -> {
            add(clauses, params, actorSql, d.first());
            add(clauses, params, actorSql, d.second());
        });
        f.type().map(EventType::name).ifPresent(t -> add(clauses, params, alias + ".type = ?", t));
        f.mode().ifPresent(m -> add(clauses, params, alias + ".mode = ?", m));
        f.status().ifPresent(s -> add(clauses, params, alias + ".status = ?", s.code()));
        f.since().ifPresent(d -> add(clauses, params, alias + ".last_day >= ?", d));
        f.until().ifPresent(d -> add(clauses, params, alias + ".first_day <= ?", d));
        f.place().ifPresent(p -> {
            clauses.add("(lower(" + alias + ".place) = lower(?) OR " + alias + ".country = upper(?))");
            params.add(p);
            params.add(p);
        });
        f.series().ifPresent(s -> add(clauses, params, seriesSql, s));
        for (String word : f.words()) {
            add(clauses, params, textSql, "%" + escapeLike(word) + "%");
        }
        return new FilterSql(clauses.isEmpty() ? "TRUE" : String.join(" AND ", clauses), List.copyOf(params));
    }

    private static void add(List<String> clauses, List<Object> params, String clause, Object param) {
        clauses.add(clause);
        params.add(param);
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Binds the parameters to {@code p} from index 1. */
    void bind(PreparedStatement p) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }

    /** Binds the parameters, then the window's limit and offset for a query ending in {@link #LIMIT}. */
    void bind(PreparedStatement p, Page.Window window) throws SQLException {
        bind(p);
        p.setInt(params.size() + 1, window.limit());
        p.setLong(params.size() + 2, window.offset());
    }

    /** How many rows of {@code table} (with its alias: "events e") match. */
    long count(Store store, String table) throws SQLException {
        try (PreparedStatement p = store.connection().prepareStatement("SELECT count(*) FROM " + table + " WHERE " + where)) {
            bind(p);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
