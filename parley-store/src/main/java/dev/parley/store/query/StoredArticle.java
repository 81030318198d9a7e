package dev.parley.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored article.
 *
 * @param id            the caller's id
 * @param url           its URL, if it had one
 * @param title         its title, if it had one
 * @param published     the feed's date
 * @param referenceDate the date the text states, else the feed's
 * @param language      the language the cleaner found
 * @param textChars     the length of its text
 * @param events        the keys of its events, in article order
 * @param text          its text as it arrived (evidence offsets point into it); empty in listings, and for an
 *                      article stored before the store kept texts
 */
public record StoredArticle(String id, Optional<String> url, Optional<String> title, Optional<LocalDate> published,
                            Optional<LocalDate> referenceDate, String language, int textChars, List<String> events,
                            Optional<String> text) {

    public StoredArticle {
        events = List.copyOf(events);
    }
}
