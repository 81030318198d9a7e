package dev.parley.store.query;

import dev.parley.store.Store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over the consolidated events matching a filter, each real-world event counted once: who deals with
 * whom (the actor network), and where events happen (by country). Stateless.
 */
public final class EventAggregates {

    private static final String LINKS = """
            WITH c AS (SELECT c.goldstein, c.actor_codes FROM consolidated_events c WHERE %s),
                 pairs AS (SELECT a.code AS first, b.code AS second, c.goldstein FROM c,
                               unnest(c.actor_codes) AS a(code), unnest(c.actor_codes) AS b(code)
                           WHERE a.code < b.code)
            SELECT first, second, count(*) AS n, avg(goldstein) FROM pairs GROUP BY first, second
            ORDER BY n DESC, first, second
            """;
    private static final String COUNTRIES = "SELECT c.country, count(*) AS n, avg(c.goldstein) FROM consolidated_events c "
            + "WHERE c.country IS NOT NULL AND %s GROUP BY c.country ORDER BY n DESC, c.country";

    private EventAggregates() {
    }

    /** Every pair of actors that are parties to a matching event, most events first. */
    public static List<ActorLink> links(Store store, EventFilter filter) throws SQLException {
        return query(store, LINKS, filter, r -> new ActorLink(r.getString(1), r.getString(2), r.getLong(3), r.getDouble(4)));
    }

    /** Every country where matching events took place, most events first. */
    public static List<CountryCount> countries(Store store, EventFilter filter) throws SQLException {
        return query(store, COUNTRIES, filter, r -> new CountryCount(r.getString(1), r.getLong(2), r.getDouble(3)));
    }

    /** The rows of {@code sql} with the filter's clause in place of its %s. */
    private static <T> List<T> query(Store store, String sql, EventFilter filter, Row<T> row) throws SQLException {
        FilterSql where = FilterSql.consolidated(filter);
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(String.format(sql, where.where()))) {
            where.bind(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(row.read(r));
                }
            }
        }
        return out;
    }

    /** Reads one result row. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }
}
