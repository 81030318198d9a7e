package dev.parley.eval;

/**
 * The counts of one event type. Immutable.
 *
 * @param type the type as {@code score.py} prints it: Python's {@code str()} of the value, so
 *     {@code "None"} for events without a type
 * @param tally its counts: gold events of the type, matches by their gold type, false
 *     positives by their predicted type
 */
public record TypeTally(String type, EventTally tally) {}
