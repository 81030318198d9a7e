package dev.parley.api;

import java.util.Objects;

/**
 * A piece of an article the cleaner set aside, and why ("navigation menu", "photo credit").
 */
public record Removal(Span span, String reason) {
    public Removal {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(reason, "reason");
    }
}
