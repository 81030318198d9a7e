package dev.parley.store.output;

import dev.parley.api.Actor;
import dev.parley.api.Event;
import dev.parley.api.Location;
import dev.parley.io.EventJson;
import dev.parley.store.query.StoredEvent;

import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Writes per-article events: JSON Lines in the event format of FORMAT.md (what {@code parley extract}
 * writes), CSV with every field flattened, or a table of the fields people scan. Not thread-safe.
 */
public final class EventsOutput extends RecordOutput<StoredEvent> {

    private static final List<String> CSV = List.of("id", "doc", "date", "date_end", "type", "mode", "cameo",
            "goldstein", "status", "source", "target", "symmetric", "place", "country", "virtual", "series",
            "participants", "evidence", "url", "rule", "coder");
    private static final List<String> TABLE = List.of("date", "type", "mode", "status", "source", "target", "place",
            "doc", "evidence");

    public EventsOutput(OutputFormat format, Writer out) {
        super(format, out, TABLE, CSV);
    }

    @Override
    protected String jsonLine(StoredEvent stored) {
        return EventJson.toLine(stored.event());
    }

    @Override
    protected List<Object> tableRow(StoredEvent stored) {
        Event e = stored.event();
        return Arrays.asList(date(e), e.type().name(), e.mode(), e.status().code(), codes(e.source()),
                codes(e.target()), e.location().flatMap(Location::place).orElse(null), e.doc(),
                e.evidence().get(0).text());
    }

    @Override
    protected List<Object> csvRow(StoredEvent stored) {
        Event e = stored.event();
        List<String> people = e.participants().stream()
                .map(p -> p.name() + (p.title().isEmpty() ? "" : " (" + p.title() + ")") + " " + p.actor()).toList();
        return Arrays.asList(e.id(), e.doc(), e.date().map(Object::toString).orElse(null),
                e.dateEnd().map(Object::toString).orElse(null), e.type().name(), e.mode(), e.cameo(), e.goldstein(),
                e.status().code(), codes(e.source()), codes(e.target()), e.symmetric(),
                e.location().flatMap(Location::place).orElse(null), e.location().flatMap(Location::country).orElse(null),
                e.virtual(), e.series().map(s -> s.name()).orElse(null), people, e.evidence().get(0).text(),
                stored.url().orElse(null), e.rule(), e.coder());
    }

    private static String date(Event e) {
        String date = e.date().map(Object::toString).orElse("");
        return e.dateEnd().map(end -> date + "/" + end).orElse(date);
    }

    private static String codes(List<Actor> actors) {
        return String.join(" ", actors.stream().map(Actor::code).toList());
    }
}
