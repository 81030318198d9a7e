package dev.parley.store.query;

import dev.parley.api.Event;

import java.util.Optional;

/**
 * An event read back from the store, with the URL of the article that reports it.
 *
 * @param key   its key in the store: the event's id, with "-2", "-3" added when its article has the id twice
 * @param event the event as the pipeline made it
 * @param url   the article's URL, if it had one
 */
public record StoredEvent(String key, Event event, Optional<String> url) {
}
