package dev.parley.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as it arrived: the caller's id, the captured text (boilerplate and all) and
 * what the feed said about it. Every offset Parley reports points into {@link #text()}.
 *
 * @param id        the caller's id; every event names it
 * @param text      the article as captured
 * @param url       where it was captured, if known
 * @param title     the headline the feed carries, if any
 * @param published the publication date the feed carries; may be wrong, and the text may state a better one
 * @param language  an ISO 639-1 hint from the feed
 */
public record Article(String id, String text, Optional<String> url, Optional<String> title,
                      Optional<LocalDate> published, Optional<String> language) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article with only an id and a text. */
    public static Article of(String id, String text) {
        return new Article(id, text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
