package dev.parley.api;

import java.util.Objects;

/**
 * A sentence that states an event, with offsets into the article text.
 */
public record EvidenceSpan(Span span, String text) {
    public EvidenceSpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
