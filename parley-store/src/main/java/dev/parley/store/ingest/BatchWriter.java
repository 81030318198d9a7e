package dev.parley.store.ingest;

import dev.parley.api.Actor;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.Participant;
import dev.parley.io.EventJson;
import dev.parley.store.PartialDates;
import dev.parley.store.Appends;
import dev.parley.store.Store;
import dev.parley.store.dedup.MinHash;
import org.duckdb.DuckDBAppender;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes batches of articles with their events, sides, participants, evidence and series, each batch in one
 * transaction, so a process killed at any point leaves whole batches or nothing of them. Marks the
 * consolidation stale in the same transaction. Not thread-safe.
 */
public final class BatchWriter {

    private static final List<String> REMOVALS = List.of(
            "DELETE FROM actors WHERE event_id IN (SELECT id FROM events WHERE article_id IN (SELECT unnest(?)))",
            "DELETE FROM participants WHERE event_id IN (SELECT id FROM events WHERE article_id IN (SELECT unnest(?)))",
            "DELETE FROM evidence WHERE event_id IN (SELECT id FROM events WHERE article_id IN (SELECT unnest(?)))",
            "DELETE FROM series_events WHERE event_id IN (SELECT id FROM events WHERE article_id IN (SELECT unnest(?)))",
            "DELETE FROM events WHERE article_id IN (SELECT unnest(?))",
            "DELETE FROM article_texts WHERE article_id IN (SELECT unnest(?))",
            "DELETE FROM articles WHERE id IN (SELECT unnest(?))");

    private final Store store;

    public BatchWriter(Store store) {
        this.store = store;
    }

    /**
     * Writes {@code articles} (distinct ids) in one transaction, first removing every stored row of the
     * articles named in {@code replacing}.
     */
    public void write(List<PreparedArticle> articles, Collection<String> replacing) throws SQLException {
        store.inTransaction(() -> {
            store.markConsolidation(false);
            if (!replacing.isEmpty()) {
                remove(replacing);
            }
            try (DuckDBAppender a = store.appender("articles"); DuckDBAppender t = store.appender("article_texts");
                 DuckDBAppender e = store.appender("events");
                 DuckDBAppender s = store.appender("actors"); DuckDBAppender p = store.appender("participants");
                 DuckDBAppender v = store.appender("evidence"); DuckDBAppender x = store.appender("series_events")) {
                for (PreparedArticle article : articles) {
                    appendArticle(a, article);
                    t.beginRow().append(article.article().id()).append(article.article().text()).endRow();
                    Map<String, Integer> seen = new HashMap<>();
                    for (int ordinal = 0; ordinal < article.events().size(); ordinal++) {
                        Event event = article.events().get(ordinal);
                        int n = seen.merge(event.id(), 1, Integer::sum);
                        String key = n == 1 ? event.id() : event.id() + "-" + n;
                        appendEvent(e, key, event, article.article().url(), ordinal);
                        appendSide(s, key, "source", event.source());
                        appendSide(s, key, "target", event.target());
                        appendParticipants(p, key, event);
                        appendEvidence(v, key, event);
                        appendSeries(x, key, event);
                    }
                }
                // close() would swallow a failed append and leave an aborted transaction that commits nothing
                for (DuckDBAppender appender : List.of(a, t, e, s, p, v, x)) {
                    appender.flush();
                }
            }
        });
    }

    private void remove(Collection<String> ids) throws SQLException {
        Array array = store.connection().createArrayOf("VARCHAR", ids.toArray());
        for (String sql : REMOVALS) {
            try (PreparedStatement p = store.connection().prepareStatement(sql)) {
                p.setArray(1, array);
                p.executeUpdate();
            }
        }
    }

    private static void appendArticle(DuckDBAppender a, PreparedArticle article) throws SQLException {
        a.beginRow().append(article.article().id()).append(article.textSha256());
        Appends.text(a, article.article().url());
        Appends.text(a, article.article().title());
        Appends.day(a, article.article().published());
        Appends.day(a, article.referenceDate());
        a.append(article.language()).append(article.article().text().length());
        if (article.minhash().isPresent()) {
            a.append(MinHash.toBytes(article.minhash().get()));
        } else {
            a.appendNull();
        }
        a.endRow();
    }

    private static void appendEvent(DuckDBAppender e, String key, Event event, Optional<String> url, int ordinal)
            throws SQLException {
        e.beginRow().append(key).append(event.id()).append(event.doc());
        Appends.text(e, url);
        e.append(ordinal).append(event.type().name())
                .append(event.mode()).append(event.cameo()).append(event.goldstein()).append(event.status().code());
        Appends.text(e, event.date().map(Object::toString));
        Appends.text(e, event.dateEnd().map(Object::toString));
        Appends.day(e, PartialDates.firstDay(event));
        Appends.day(e, PartialDates.lastDay(event));
        e.append(event.actorCodes().stream().sorted().toList()).append(event.symmetric());
        Appends.text(e, event.location().flatMap(Location::place));
        Appends.text(e, event.location().flatMap(Location::country));
        e.append(event.virtual()).append(event.topics());
        Appends.text(e, event.series().map(DialogueSeries::name));
        e.append(event.rule()).append(event.coder()).append(EventJson.toLine(event)).endRow();
    }

    private static void appendSide(DuckDBAppender s, String key, String side, List<Actor> actors) throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            s.beginRow().append(key).append(side).append(i).append(actor.code());
            Appends.text(s, actor.sector());
            s.append(actor.name()).append(actor.text()).endRow();
        }
    }

    private static void appendParticipants(DuckDBAppender p, String key, Event event) throws SQLException {
        List<Participant> people = event.participants();
        for (int i = 0; i < people.size(); i++) {
            Participant person = people.get(i);
            p.beginRow().append(key).append(i).append(person.name()).append(person.title())
                    .append(person.actor()).endRow();
        }
    }

    private static void appendSeries(DuckDBAppender x, String key, Event event) throws SQLException {
        if (event.series().isEmpty()) {
            return;
        }
        DialogueSeries series = event.series().get();
        x.beginRow().append(key).append(series.name());
        Appends.number(x, series.ordinal());
        Appends.text(x, series.periodicity());
        Appends.number(x, series.founded());
        x.endRow();
    }

    private static void appendEvidence(DuckDBAppender v, String key, Event event) throws SQLException {
        List<EvidenceSpan> spans = event.evidence();
        for (int i = 0; i < spans.size(); i++) {
            EvidenceSpan span = spans.get(i);
            v.beginRow().append(key).append(i).append(span.text()).append(span.span().start())
                    .append(span.span().end()).endRow();
        }
    }
}
