package dev.parley.api;

import java.util.Objects;

/**
 * A named official taking part in an event.
 *
 * @param name  as written in the article
 * @param title the title in English ("Deputy Defence Minister"); empty if none is given
 * @param actor the code of the state or organisation the official acts for
 */
public record Participant(String name, String title, String actor) {
    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(actor, "actor");
    }
}
