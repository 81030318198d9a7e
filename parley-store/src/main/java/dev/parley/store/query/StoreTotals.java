package dev.parley.store.query;

import dev.parley.store.Store;

import java.sql.SQLException;

/**
 * What a store holds.
 *
 * @param articles     stored articles
 * @param events       per-article events
 * @param consolidated consolidated events
 * @param duplicates   articles that are near-duplicates of another
 */
public record StoreTotals(long articles, long events, long consolidated, long duplicates) {

    /** Counts the rows of {@code store}. */
    public static StoreTotals of(Store store) throws SQLException {
        return new StoreTotals(store.queryLong("SELECT count(*) FROM articles"),
                store.queryLong("SELECT count(*) FROM events"),
                store.queryLong("SELECT count(*) FROM consolidated_events"),
                store.queryLong("SELECT count(*) FROM article_duplicates"));
    }
}
