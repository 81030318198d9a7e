package dev.parley.store.query;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to select from the store; every criterion given must hold. Codes are compared as given (upper case
 * by convention); places and text case-insensitively.
 *
 * @param actor  an actor code on either side
 * @param dyad   two actor codes that are both parties (on either side)
 * @param type   PLOVER type
 * @param mode   PLOVER mode
 * @param status occurred, planned or proposed
 * @param since  events whose last possible day is on or after this day
 * @param until  events whose first possible day is on or before this day
 * @param place  a place name, or the ISO 3166 alpha-3 code of the country where it happened
 * @param series a dialogue series' name
 * @param words  words that must all occur in the evidence
 */
public record EventFilter(Optional<String> actor, Optional<Dyad> dyad, Optional<EventType> type, Optional<String> mode,
                          Optional<EventStatus> status, Optional<LocalDate> since, Optional<LocalDate> until,
                          Optional<String> place, Optional<String> series, List<String> words) {

    /** Selects everything. */
    public static final EventFilter ALL = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            List.of());

    public EventFilter {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(series, "series");
        words = List.copyOf(words);
    }

    /** This filter restricted to a dyad. */
    public EventFilter withDyad(Dyad d) {
        return new EventFilter(actor, Optional.of(d), type, mode, status, since, until, place, series, words);
    }

    /**
     * Two distinct actor codes.
     *
     * @param first  one party
     * @param second the other
     */
    public record Dyad(String first, String second) {
        public Dyad {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            if (first.isBlank() || second.isBlank() || first.equals(second)) {
                throw new IllegalArgumentException("a dyad is two different actor codes, such as USA,CHN; got '"
                        + first + "," + second + "'");
            }
        }

        /** Parses {@code A,B}. */
        public static Dyad parse(String text) {
            String[] parts = text.split(",", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("a dyad is two actor codes separated by a comma, such as USA,CHN; got '"
                        + text + "'");
            }
            return new Dyad(parts[0].strip(), parts[1].strip());
        }
    }
}
