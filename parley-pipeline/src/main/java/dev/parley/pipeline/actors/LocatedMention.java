package dev.parley.pipeline.actors;

import dev.parley.api.Mention;

/**
 * A mention with the token range it covers in its sentence.
 *
 * @param from    first token
 * @param to      token after the last
 * @param mention the mention
 * @param place   true for a capital named as a place ("in Seoul"), which names no actor there
 */
public record LocatedMention(int from, int to, Mention mention, boolean place) {
}
