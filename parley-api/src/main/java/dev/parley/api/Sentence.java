package dev.parley.api;

import java.util.Objects;

/**
 * One sentence of a cleaned article: a span of the article text and the kind of block it came from.
 *
 * @param index position among the article's sentences, from 0
 * @param span  offsets into the article text
 * @param text  the covered text, for convenience
 * @param kind  headline, body or caption
 */
public record Sentence(int index, Span span, String text, BlockKind kind) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text length " + text.length()
                    + " does not match its span " + span);
        }
    }
}
