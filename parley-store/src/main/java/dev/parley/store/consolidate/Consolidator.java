package dev.parley.store.consolidate;

import dev.parley.store.Appends;
import dev.parley.store.ResultColumns;
import dev.parley.store.Store;
import dev.parley.store.dedup.Duplicate;
import dev.parley.store.dedup.DuplicateFinder;
import dev.parley.store.dedup.Fingerprint;
import dev.parley.store.dedup.MinHash;
import org.duckdb.DuckDBAppender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes, from every stored article and event, the near-duplicate articles ({@code article_duplicates}),
 * the consolidated events with their reports ({@code consolidated_events}, {@code consolidated_reports}) and
 * the dialogue series ({@code series}), replacing the previous ones in one transaction. Deterministic: the same stored events give the same rows,
 * whatever order they were ingested in. Stateless.
 */
public final class Consolidator {

    private static final String REPORTS = """
            SELECT e.id, e.article_id, e.ordinal, e.type, array_to_string(e.actor_codes, ' '), e.mode, e.cameo,
                   e.goldstein, e.status, e.date, e.date_end, e.first_day, e.last_day, e.place, e.country,
                   a.reference_date, a.url
            FROM events e JOIN articles a ON a.id = e.article_id
            """;

    private static final String SERIES = """
            INSERT INTO series
            SELECT s.series,
                   (SELECT p.periodicity FROM series_events p WHERE p.series = s.series AND p.periodicity IS NOT NULL
                    GROUP BY p.periodicity ORDER BY count(*) DESC, p.periodicity LIMIT 1),
                   min(s.founded), count(DISTINCT s.event_id), min(e.first_day), max(e.last_day)
            FROM series_events s JOIN events e ON e.id = s.event_id
            GROUP BY s.series
            """;

    private Consolidator() {
    }

    /** Recomputes the consolidation of {@code store} and marks it current. */
    public static void recompute(Store store) throws SQLException {
        List<Duplicate> duplicates = DuplicateFinder.find(fingerprints(store));
        Map<String, String> canonical = new HashMap<>();
        duplicates.forEach(d -> canonical.put(d.articleId(), d.duplicateOf()));
        List<ConsolidatedRow> rows = new ArrayList<>();
        for (List<Report> cluster : ReportClusterer.cluster(reports(store, canonical))) {
            rows.add(ConsolidatedRow.of(cluster));
        }
        store.inTransaction(() -> {
            store.execute("DELETE FROM consolidated_reports");
            store.execute("DELETE FROM consolidated_events");
            store.execute("DELETE FROM article_duplicates");
            store.execute("DELETE FROM series");
            store.execute(SERIES);
            write(store, duplicates, rows);
            store.markConsolidation(true);
        });
    }

    private static List<Fingerprint> fingerprints(Store store) throws SQLException {
        List<Fingerprint> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL "
                     + "ORDER BY reference_date NULLS LAST, id")) {
            while (r.next()) {
                out.add(new Fingerprint(r.getString(1), MinHash.fromBytes(r.getBytes(2))));
            }
        }
        return out;
    }

    private static List<Report> reports(Store store, Map<String, String> canonical) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(REPORTS)) {
            while (r.next()) {
                String articleId = r.getString(2);
                Optional<String> date = ResultColumns.text(r, 10);
                Optional<String> dateEnd = ResultColumns.text(r, 11);
                Optional<DateWindow> window = date.isEmpty() ? Optional.empty() : Optional.of(DateWindow.of(
                        date.get(), dateEnd.isPresent(), r.getObject(12, LocalDate.class), r.getObject(13, LocalDate.class)));
                out.add(new Report(r.getString(1), articleId, r.getInt(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getDouble(8), r.getString(9), date, dateEnd, window,
                        ResultColumns.text(r, 14), ResultColumns.text(r, 15), ResultColumns.day(r, 16),
                        ResultColumns.text(r, 17), canonical.getOrDefault(articleId, articleId)));
            }
        }
        return out;
    }

    private static void write(Store store, List<Duplicate> duplicates, List<ConsolidatedRow> rows) throws SQLException {
        try (DuckDBAppender d = store.appender("article_duplicates");
             DuckDBAppender c = store.appender("consolidated_events");
             DuckDBAppender l = store.appender("consolidated_reports")) {
            for (Duplicate dup : duplicates) {
                d.beginRow().append(dup.articleId()).append(dup.duplicateOf()).append(dup.similarity()).endRow();
            }
            for (ConsolidatedRow row : rows) {
                c.beginRow().append(row.id()).append(row.type()).append(row.mode()).append(row.cameo())
                        .append(row.goldstein()).append(row.status());
                Appends.text(c, row.date());
                Appends.text(c, row.dateEnd());
                Appends.day(c, row.firstDay());
                Appends.day(c, row.lastDay());
                c.append(row.actorCodes());
                Appends.text(c, row.place());
                Appends.text(c, row.country());
                c.append(row.representative()).append(row.reports()).append(row.articles())
                        .append(row.independentArticles()).append(row.sources());
                Appends.day(c, row.firstSeen());
                Appends.day(c, row.lastSeen());
                c.endRow();
                for (Report member : row.members()) {
                    l.beginRow().append(row.id()).append(member.eventId()).append(member.articleId());
                    Appends.text(l, member.url());
                    Appends.day(l, member.seen());
                    l.endRow();
                }
            }
            // close() would swallow a failed append and leave an aborted transaction that commits nothing
            for (DuckDBAppender appender : List.of(d, c, l)) {
                appender.flush();
            }
        }
    }
}
