package dev.parley.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.io.EventJson;
import dev.parley.store.query.StoredEvent;

import java.io.UncheckedIOException;

/**
 * The server's JSON: records as objects, {@code Optional} as the value or null, dates as ISO text; stored events
 * in the event format of {@code parley extract}. Thread-safe.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    /** A stored event as its record (the JSON line {@code parley extract} writes) with its store key and URL. */
    static ObjectNode event(StoredEvent stored) {
        try {
            ObjectNode o = (ObjectNode) MAPPER.readTree(EventJson.toLine(stored.event()));
            o.put("key", stored.key());
            o.put("url", stored.url().orElse(null));
            return o;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the event writer made invalid JSON for " + stored.key(), e);
        }
    }
}
