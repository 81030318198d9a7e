package dev.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.api.Actor;
import dev.parley.api.Event;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Participant;

import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link Event} as one line of the output format of shared/corpus/FORMAT.md, fields in a fixed
 * order so the same events give the same bytes. Thread-safe.
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** The event as a JSON object on one line, without a line break. */
    public static String toLine(Event e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("doc", e.doc());
        o.put("type", e.type().name());
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("goldstein", e.goldstein());
        o.put("status", e.status().code());
        o.put("date", e.date().map(Object::toString).orElse(null));
        o.put("date_end", e.dateEnd().map(Object::toString).orElse(null));
        o.set("source", actors(e.source()));
        o.set("target", actors(e.target()));
        o.put("symmetric", e.symmetric());
        ArrayNode people = o.putArray("participants");
        for (Participant p : e.participants()) {
            people.addObject().put("name", p.name()).put("title", p.title()).put("actor", p.actor());
        }
        if (e.location().isPresent()) {
            ObjectNode loc = o.putObject("location");
            loc.put("place", e.location().get().place().orElse(null));
            loc.put("country", e.location().get().country().orElse(null));
        } else {
            o.putNull("location");
        }
        o.put("virtual", e.virtual());
        ArrayNode topics = o.putArray("topics");
        e.topics().forEach(topics::add);
        if (e.series().isPresent()) {
            ObjectNode series = o.putObject("series");
            series.put("name", e.series().get().name());
            e.series().get().ordinal().ifPresentOrElse(n -> series.put("ordinal", n), () -> series.putNull("ordinal"));
            series.put("periodicity", e.series().get().periodicity().orElse(null));
            e.series().get().founded().ifPresentOrElse(n -> series.put("founded", n), () -> series.putNull("founded"));
        } else {
            o.putNull("series");
        }
        ArrayNode evidence = o.putArray("evidence");
        for (EvidenceSpan s : e.evidence()) {
            evidence.addObject().put("text", s.text()).put("start", s.span().start()).put("end", s.span().end());
        }
        o.put("rule", e.rule());
        o.put("coder", e.coder());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.id() + " as JSON", ex);
        }
    }

    private static ArrayNode actors(List<Actor> actors) {
        ArrayNode a = JSON.createArrayNode();
        for (Actor x : actors) {
            ObjectNode n = a.addObject();
            n.put("code", x.code());
            x.sector().ifPresent(s -> n.put("sector", s.toUpperCase(Locale.ROOT)));
            n.put("name", x.name());
            n.put("text", x.text());
        }
        return a;
    }
}
