package dev.parley.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The dateline that opens a wire story: "HANOI (VNA) –", "SEOUL, Nov. 26 (Yonhap) --".
 *
 * @param span   where it stands in the article text
 * @param place  the place as written ("HANOI")
 * @param agency the news agency, if named; never an actor
 * @param date   the date as written, if any ("Nov. 26")
 */
public record Dateline(Span span, String place, Optional<String> agency, Optional<String> date) {
    public Dateline {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(date, "date");
    }
}
