package dev.parley.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One real-world event as reported by one or more articles.
 *
 * @param id                  stable id ("c-" and the id of the report that founded it)
 * @param type                PLOVER type
 * @param mode                the representative report's mode
 * @param cameo               the representative report's CAMEO code
 * @param goldstein           its Goldstein score
 * @param status              occurred if any report says so, else planned, else proposed
 * @param date                the most precise report's date
 * @param dateEnd             its end date
 * @param actorCodes          the parties, sorted
 * @param place               city or venue, if any report names one
 * @param country             ISO 3166 alpha-3 of the place
 * @param representativeEvent the report whose mode and CAMEO code stand for the event
 * @param articles            distinct articles reporting it
 * @param independentArticles articles once near-duplicates are counted once
 * @param firstSeen           the earliest reporting article's date
 * @param lastSeen            the latest reporting article's date
 * @param reports             every report, oldest article first
 */
public record ConsolidatedEvent(String id, String type, String mode, String cameo, double goldstein, String status,
                                Optional<String> date, Optional<String> dateEnd, List<String> actorCodes,
                                Optional<String> place, Optional<String> country, String representativeEvent,
                                int articles, int independentArticles, Optional<LocalDate> firstSeen,
                                Optional<LocalDate> lastSeen, List<ReportRef> reports) {

    public ConsolidatedEvent {
        actorCodes = List.copyOf(actorCodes);
        reports = List.copyOf(reports);
    }

    /** The distinct URLs of the reporting articles, oldest first. */
    public List<String> sources() {
        return reports.stream().flatMap(r -> r.url().stream()).distinct().toList();
    }
}
