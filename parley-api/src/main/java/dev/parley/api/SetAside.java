package dev.parley.api;

import java.util.Objects;

/**
 * An input record that could not be processed, and why. Set aside, never silently dropped.
 *
 * @param input  the file (or "-" for standard input) the record came from
 * @param record where in the input: "line 12", or the record's id when known
 * @param reason what is wrong and what to do about it
 */
public record SetAside(String input, String record, String reason) {
    public SetAside {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return input + ": " + record + ": " + reason;
    }
}
