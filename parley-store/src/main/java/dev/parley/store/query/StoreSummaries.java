package dev.parley.store.query;

import dev.parley.store.ResultColumns;
import dev.parley.store.Store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Overviews of a store: its actors with event counts, its dialogue series. Stateless. */
public final class StoreSummaries {

    private static final String ACTORS = """
            WITH names AS (SELECT code, name, count(*) AS n FROM actors GROUP BY code, name),
                 best AS (SELECT code, name FROM (SELECT code, name,
                              row_number() OVER (PARTITION BY code ORDER BY n DESC, name) AS rank FROM names)
                          WHERE rank = 1),
                 counts AS (SELECT code, count(DISTINCT event_id) AS events,
                                   count(DISTINCT event_id) FILTER (WHERE side = 'source') AS as_source,
                                   count(DISTINCT event_id) FILTER (WHERE side = 'target') AS as_target
                            FROM actors GROUP BY code)
            SELECT c.code, b.name, c.events, c.as_source, c.as_target FROM counts c JOIN best b ON b.code = c.code
            ORDER BY c.events DESC, c.code
            """;
    private static final String SERIES = "SELECT name, periodicity, founded, events, first_day, last_day FROM series "
            + "ORDER BY name";

    private StoreSummaries() {
    }

    /** Every actor code, most events first. */
    public static List<ActorCount> actors(Store store) throws SQLException {
        List<ActorCount> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(ACTORS)) {
            while (r.next()) {
                out.add(new ActorCount(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5)));
            }
        }
        return out;
    }

    /** Every dialogue series, by name. */
    public static List<SeriesSummary> series(Store store) throws SQLException {
        List<SeriesSummary> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(SERIES)) {
            while (r.next()) {
                int founded = r.getInt(3);
                OptionalInt year = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(founded);
                out.add(new SeriesSummary(r.getString(1), ResultColumns.text(r, 2), year, r.getLong(4),
                        ResultColumns.day(r, 5), ResultColumns.day(r, 6)));
            }
        }
        return out;
    }
}
