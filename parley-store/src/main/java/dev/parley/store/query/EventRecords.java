package dev.parley.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Actor;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.Participant;
import dev.parley.api.PartialDate;
import dev.parley.api.Span;
import dev.parley.store.PartialDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads an event back from its stored record, the JSON line {@link dev.parley.io.EventJson} writes: the
 * inverse of {@code EventJson.toLine}, so {@code toLine(parse(line))} gives {@code line} again. Thread-safe.
 */
final class EventRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRecords() {
    }

    /** The event of a stored record; {@code key} names it in the message if the record is damaged. */
    static Event parse(String key, String record) {
        JsonNode o;
        try {
            o = JSON.readTree(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored record of event " + key + " is not JSON; ingest its article again", e);
        }
        Optional<Location> location = o.get("location").isNull() ? Optional.empty()
                : Optional.of(new Location(text(o.get("location"), "place"), text(o.get("location"), "country")));
        Optional<DialogueSeries> series = o.path("series").isObject()
                ? Optional.of(new DialogueSeries(o.get("series").get("name").asText(), number(o.get("series"), "ordinal"),
                text(o.get("series"), "periodicity"), number(o.get("series"), "founded")))
                : Optional.empty();
        List<Participant> people = new ArrayList<>();
        o.get("participants").forEach(p -> people.add(new Participant(p.get("name").asText(), p.get("title").asText(),
                p.get("actor").asText())));
        List<String> topics = new ArrayList<>();
        o.get("topics").forEach(t -> topics.add(t.asText()));
        List<EvidenceSpan> evidence = new ArrayList<>();
        o.get("evidence").forEach(v -> evidence.add(new EvidenceSpan(new Span(v.get("start").asInt(), v.get("end").asInt()),
                v.get("text").asText())));
        return new Event(o.get("id").asText(), o.get("doc").asText(), EventType.valueOf(o.get("type").asText()),
                o.get("mode").asText(), o.get("cameo").asText(), o.get("goldstein").asDouble(),
                EventStatus.valueOf(o.get("status").asText().toUpperCase(Locale.ROOT)), date(o, "date"), date(o, "date_end"),
                actors(o.get("source")), actors(o.get("target")), o.get("symmetric").asBoolean(), people, location,
                o.get("virtual").asBoolean(), topics, series, evidence, o.get("rule").asText(), o.get("coder").asText());
    }

    private static List<Actor> actors(JsonNode array) {
        List<Actor> out = new ArrayList<>();
        array.forEach(a -> out.add(new Actor(a.get("code").asText(), text(a, "sector"), a.get("name").asText(),
                a.get("text").asText())));
        return out;
    }

    private static Optional<PartialDate> date(JsonNode o, String field) {
        return text(o, field).map(PartialDates::parse);
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static OptionalInt number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? OptionalInt.empty() : OptionalInt.of(v.asInt());
    }
}
