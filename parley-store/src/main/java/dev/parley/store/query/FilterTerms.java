package dev.parley.store.query;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.store.EnumNames;
import dev.parley.store.PartialDates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The event filters as users type them (command-line options, query parameters), each null when not given.
 *
 * @param actor  an actor code on either side
 * @param dyad   two actor codes, {@code A,B}
 * @param type   a PLOVER type
 * @param mode   a PLOVER mode
 * @param status occurred, planned or proposed
 * @param since  a year, month or day: events that can fall on or after it
 * @param until  a year, month or day: events that can fall on or before its last day
 * @param place  a place name or a country code
 * @param series a dialogue series name
 * @param text   words that must all occur in the evidence
 */
public record FilterTerms(String actor, String dyad, String type, String mode, String status, String since,
                          String until, String place, String series, String text) {

    /**
     * The filter these terms describe.
     *
     * @throws IllegalArgumentException naming the term that cannot be read and what it may be
     */
    public EventFilter toFilter() {
        return new EventFilter(code(actor), Optional.ofNullable(dyad).map(d -> EventFilter.Dyad.parse(d.toUpperCase(Locale.ROOT))),
                Optional.ofNullable(type).map(t -> EnumNames.parse(EventType.class, "type", t)),
                Optional.ofNullable(mode).map(m -> m.strip().toLowerCase(Locale.ROOT)),
                Optional.ofNullable(status).map(s -> EnumNames.parse(EventStatus.class, "status", s)),
                Optional.ofNullable(since).map(d -> PartialDates.parse(d).start()),
                Optional.ofNullable(until).map(d -> PartialDates.parse(d).end()),
                Optional.ofNullable(place).map(String::strip), Optional.ofNullable(series).map(String::strip),
                text == null ? List.of() : Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
    }

    private static Optional<String> code(String code) {
        return Optional.ofNullable(code).map(c -> c.strip().toUpperCase(Locale.ROOT));
    }
}
