package dev.parley.store.query;

/**
 * An actor code and how many events it takes part in.
 *
 * @param code     ISO 3166 alpha-3 or organisation code
 * @param name     its most frequent readable name
 * @param events   events with it on either side
 * @param asSource events with it on the source side
 * @param asTarget events with it on the target side
 */
public record ActorCount(String code, String name, long events, long asSource, long asTarget) {
}
