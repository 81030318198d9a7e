package dev.parley.api;

import java.util.Objects;

/**
 * One sentence of a cleaned article: a span of the article text and the kind of block it came from.
 *
 * @param index position among the article's sentences, from 0
 * @param span  offsets into the article text
 * @param text  the covered text, for convenience
 * @param kind     headline, body, caption or link
 * @param language ISO 639-1 code of the text: a caption's or link's own language (an English article may
 *                 carry a Vietnamese caption), else the article's
 */
public record Sentence(int index, Span span, String text, BlockKind kind, String language) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text length " + text.length()
                    + " does not match its span " + span);
        }
    }
}
