package dev.parley.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A party to an event: a state (ISO 3166 alpha-3) or an organisation (EU, NATO, ...), with the sector
 * that acted for it and the text it was recognised from.
 *
 * @param code   ISO 3166 alpha-3 or organisation code
 * @param sector GOV, MIL, DIP, ... where known
 * @param name   a readable name ("South Korea")
 * @param text   the words in the article this actor was found from
 */
public record Actor(String code, Optional<String> sector, String name, String text) {
    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (code.isBlank()) {
            throw new IllegalArgumentException("actor code is blank (text: '" + text + "')");
        }
    }
}
