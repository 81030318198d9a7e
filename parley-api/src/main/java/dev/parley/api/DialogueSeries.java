package dev.parley.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A named, recurring mechanism an event belongs to: "the fourth Security and Defense Dialogue", held
 * "once in two years", "launched in 2015".
 *
 * @param name        the mechanism's name as written ("Security and Defense Dialogue", "2+2")
 * @param ordinal     which session this is, if said ("fourth", "5th session")
 * @param periodicity how often it meets, if said: annual, biennial, ...
 * @param founded     the year it was founded, if said
 */
public record DialogueSeries(String name, OptionalInt ordinal, Optional<String> periodicity, OptionalInt founded) {
    public DialogueSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ordinal, "ordinal");
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(founded, "founded");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a dialogue series needs a name");
        }
    }
}
