package dev.parley.store.consolidate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * One article's report of an event, as consolidation sees it.
 *
 * @param eventId   the stored event
 * @param articleId the article that reports it
 * @param ordinal   the event's position in the article
 * @param type      PLOVER type
 * @param actors    the sorted, distinct actor codes of both sides, space-separated
 * @param mode      PLOVER mode
 * @param cameo     CAMEO code
 * @param goldstein Goldstein score
 * @param status    occurred, planned or proposed
 * @param date      ISO date as stored
 * @param dateEnd   ISO end date as stored
 * @param window    the days the date can mean; empty without a date
 * @param place     city or venue
 * @param country   ISO 3166 alpha-3 of the place
 * @param seen      the article's reference date
 * @param url       the article's URL
 * @param group     the canonical article of the article's near-duplicate group (the article itself if none)
 */
record Report(String eventId, String articleId, int ordinal, String type, String actors, String mode, String cameo,
              double goldstein, String status, Optional<String> date, Optional<String> dateEnd,
              Optional<DateWindow> window, Optional<String> place, Optional<String> country,
              Optional<LocalDate> seen, Optional<String> url, String group) {

    /** Most precise dates first, then by day and by article: the order clusters are built in. */
    static final Comparator<Report> ORDER = Comparator
            .comparingInt((Report r) -> r.window().map(DateWindow::precision).orElse(Integer.MAX_VALUE))
            .thenComparing(r -> r.window().map(DateWindow::first).orElse(LocalDate.MIN))
            .thenComparing(r -> r.window().map(DateWindow::last).orElse(LocalDate.MIN))
            .thenComparing(r -> r.seen().orElse(LocalDate.MAX))
            .thenComparing(Report::articleId)
            .thenComparingInt(Report::ordinal);

    /** The date and place this report commits a consolidated event to. */
    Constraint constraint() {
        return new Constraint(window, place.map(p -> p.toLowerCase(java.util.Locale.ROOT)), country);
    }

    /**
     * What a report says about when and where: compatible with another when their dates are compatible (or
     * both absent) and neither place nor country contradicts.
     */
    record Constraint(Optional<DateWindow> window, Optional<String> place, Optional<String> country) {

        boolean compatible(Constraint other) {
            boolean dates = window.isPresent() && other.window.isPresent()
                    ? window.get().compatible(other.window.get())
                    : window.isEmpty() && other.window.isEmpty();
            return dates && agree(place, other.place) && agree(country, other.country);
        }

        private static boolean agree(Optional<String> a, Optional<String> b) {
            return a.isEmpty() || b.isEmpty() || a.equals(b);
        }
    }
}
