package dev.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.api.Actor;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.Participant;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes an {@link Event} as one line of the output format of shared/corpus/FORMAT.md, fields in a fixed
 * order so the same events give the same bytes. Streams the fields straight to text, with no tree between:
 * writing is on the path of every event. Thread-safe.
 */
public final class EventJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EventJson() {
    }

    /** The event as a JSON object on one line, without a line break. */
    public static String toLine(Event e) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            write(g, e);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write event " + e.id() + " as JSON", ex);
        }
        return text.toString();
    }

    private static void write(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("doc", e.doc());
        g.writeStringField("type", e.type().name());
        g.writeStringField("mode", e.mode());
        g.writeStringField("cameo", e.cameo());
        g.writeNumberField("goldstein", e.goldstein());
        g.writeStringField("status", e.status().code());
        g.writeStringField("date", e.date().map(Object::toString).orElse(null));
        g.writeStringField("date_end", e.dateEnd().map(Object::toString).orElse(null));
        actors(g, "source", e.source());
        actors(g, "target", e.target());
        g.writeBooleanField("symmetric", e.symmetric());
        g.writeArrayFieldStart("participants");
        for (Participant p : e.participants()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("title", p.title());
            g.writeStringField("actor", p.actor());
            g.writeEndObject();
        }
        g.writeEndArray();
        location(g, e.location());
        g.writeBooleanField("virtual", e.virtual());
        g.writeArrayFieldStart("topics");
        for (String topic : e.topics()) {
            g.writeString(topic);
        }
        g.writeEndArray();
        series(g, e.series());
        g.writeArrayFieldStart("evidence");
        for (EvidenceSpan s : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            g.writeNumberField("start", s.span().start());
            g.writeNumberField("end", s.span().end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("rule", e.rule());
        g.writeStringField("coder", e.coder());
        g.writeEndObject();
    }

    private static void actors(JsonGenerator g, String field, List<Actor> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (Actor x : actors) {
            g.writeStartObject();
            g.writeStringField("code", x.code());
            if (x.sector().isPresent()) {
                g.writeStringField("sector", x.sector().get().toUpperCase(Locale.ROOT));
            }
            g.writeStringField("name", x.name());
            g.writeStringField("text", x.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void location(JsonGenerator g, Optional<Location> location) throws IOException {
        if (location.isEmpty()) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("place", location.get().place().orElse(null));
        g.writeStringField("country", location.get().country().orElse(null));
        g.writeEndObject();
    }

    private static void series(JsonGenerator g, Optional<DialogueSeries> series) throws IOException {
        if (series.isEmpty()) {
            g.writeNullField("series");
            return;
        }
        DialogueSeries s = series.get();
        g.writeObjectFieldStart("series");
        g.writeStringField("name", s.name());
        intField(g, "ordinal", s.ordinal());
        g.writeStringField("periodicity", s.periodicity().orElse(null));
        intField(g, "founded", s.founded());
        g.writeEndObject();
    }

    private static void intField(JsonGenerator g, String field, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.getAsInt());
        } else {
            g.writeNullField(field);
        }
    }
}
