package dev.parley.store.query;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One report of a consolidated event.
 *
 * @param eventId   the per-article event
 * @param articleId the article
 * @param url       the article's URL, if known
 * @param seen      the article's reference date, if known
 */
public record ReportRef(String eventId, String articleId, Optional<String> url, Optional<LocalDate> seen) {
}
