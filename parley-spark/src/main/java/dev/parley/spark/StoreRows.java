package dev.parley.spark;

import dev.parley.api.Actor;
import dev.parley.api.CleanArticle;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.PartialDate;
import dev.parley.api.Participant;
import dev.parley.api.SetAside;
import dev.parley.io.EventJson;
import dev.parley.pipeline.ArticleResult;
import org.apache.spark.sql.RowFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The store's rows for one article and its events, made as parley-store's ingest makes them: an event's key is
 * the pipeline's id, with "-2", "-3" added when the article has that id more than once; dates as ISO text at
 * their precision plus the first and last day they can mean; the sorted actor codes of both sides; the whole
 * event as {@link EventJson} writes it. The near-duplicate fingerprint ({@code minhash})
 * is left empty: the job does not look for near-duplicates. Stateless.
 */
final class StoreRows {

    private StoreRows() {
    }

    /** Every row the article and its events give, the article's first. */
    static List<TableRow> of(ArticleResult result) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(article(result.article()));
        Map<String, Integer> seen = new HashMap<>();
        List<Event> events = result.events();
        for (int ordinal = 0; ordinal < events.size(); ordinal++) {
            Event e = events.get(ordinal);
            int n = seen.merge(e.id(), 1, Integer::sum);
            String key = n == 1 ? e.id() : e.id() + "-" + n;
            rows.add(event(key, e, ordinal));
            side(rows, key, "source", e.source());
            side(rows, key, "target", e.target());
            for (int i = 0; i < e.participants().size(); i++) {
                Participant p = e.participants().get(i);
                rows.add(row(OutputTable.PARTICIPANTS, key, i, p.name(), p.title(), p.actor()));
            }
            for (int i = 0; i < e.evidence().size(); i++) {
                EvidenceSpan s = e.evidence().get(i);
                rows.add(row(OutputTable.EVIDENCE, key, i, s.text(), s.span().start(), s.span().end()));
            }
            if (e.series().isPresent()) {
                DialogueSeries s = e.series().get();
                rows.add(row(OutputTable.SERIES_EVENTS, key, s.name(), number(s.ordinal()),
                        s.periodicity().orElse(null), number(s.founded())));
            }
        }
        return rows;
    }

    /** The row of a record set aside. */
    static TableRow setAside(SetAside s) {
        return row(OutputTable.REJECTED, s.input(), s.record(), s.reason());
    }

    private static TableRow article(CleanArticle clean) {
        var a = clean.article();
        return row(OutputTable.ARTICLES, a.id(), sha256(a.text()), a.url().orElse(null), a.title().orElse(null),
                a.published().orElse(null), clean.referenceDate().orElse(null), clean.language(), a.text().length(),
                null);
    }

    private static TableRow event(String key, Event e, int ordinal) {
        Optional<Location> location = e.location();
        return row(OutputTable.EVENTS, key, e.id(), e.doc(), ordinal, e.type().name(), e.mode(), e.cameo(),
                e.goldstein(), e.status().code(), e.date().map(Object::toString).orElse(null),
                e.dateEnd().map(Object::toString).orElse(null), e.date().map(PartialDate::start).orElse(null),
                e.dateEnd().or(e::date).map(PartialDate::end).orElse(null),
                e.actorCodes().stream().sorted().toArray(String[]::new), e.symmetric(),
                location.flatMap(Location::place).orElse(null), location.flatMap(Location::country).orElse(null),
                e.virtual(), e.topics().toArray(String[]::new), e.series().map(DialogueSeries::name).orElse(null),
                e.rule(), e.coder(), EventJson.toLine(e));
    }

    private static void side(List<TableRow> rows, String key, String side, List<Actor> actors) {
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            rows.add(row(OutputTable.ACTORS, key, side, i, a.code(), a.sector().orElse(null), a.name(), a.text()));
        }
    }

    private static Integer number(OptionalInt n) {
        return n.isPresent() ? n.getAsInt() : null;
    }

    private static TableRow row(OutputTable table, Object... values) {
        return new TableRow(table, RowFactory.create(values));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
