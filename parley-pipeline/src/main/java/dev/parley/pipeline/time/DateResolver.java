package dev.parley.pipeline.time;

import dev.parley.api.PartialDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves a {@link DateExpression} against a reference date (the article's publication date) and the
 * tense of the clause: "Friday" is the last Friday for a past event and the next one for a planned
 * event; a date without a year takes the year that fits. Stateless and thread-safe.
 */
public final class DateResolver {

    /** A resolved date and the last day of a range, if any. */
    public record Resolved(PartialDate date, Optional<PartialDate> end) {
    }

    private DateResolver() {
    }

    /**
     * @param reference the publication date; empty when unknown (then only absolute dates resolve)
     * @param future    true when the clause speaks of something still to come
     */
    public static Optional<Resolved> resolve(DateExpression e, Optional<LocalDate> reference, boolean future) {
        if (e.isAbsolute()) {
            return Optional.of(withYear(e, e.year()));
        }
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        LocalDate ref = reference.get();
        if (e.relativeUnit() != null) {
            return Optional.of(new Resolved(relative(e.relativeUnit(), e.offset(), ref), Optional.empty()));
        }
        if (e.weekday() != 0) {
            DayOfWeek dow = DayOfWeek.of(e.weekday());
            LocalDate d = future ? ref.with(TemporalAdjusters.next(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
            return Optional.of(new Resolved(PartialDate.ofDay(d), Optional.empty()));
        }
        if (e.month() != 0) {
            int year = ref.getYear();
            LocalDate candidate = LocalDate.of(year, e.month(), e.day() == 0 ? 1 : Math.min(e.day(),
                    YearMonth.of(year, e.month()).lengthOfMonth()));
            if (!future && candidate.isAfter(ref.plusDays(e.day() == 0 ? 31 : 7))) {
                year--;
            } else if (future && candidate.isBefore(ref.minusDays(e.day() == 0 ? 31 : 7))) {
                year++;
            }
            return Optional.of(withYear(e, year));
        }
        return Optional.empty();
    }

    private static Resolved withYear(DateExpression e, int year) {
        if (e.month() == 0) {
            return new Resolved(PartialDate.ofYear(year), Optional.empty());
        }
        if (e.day() == 0 || e.day() > YearMonth.of(year, e.month()).lengthOfMonth()) {
            return new Resolved(PartialDate.ofMonth(year, e.month()), Optional.empty());
        }
        PartialDate start = new PartialDate(year, e.month(), e.day());
        Optional<PartialDate> end = e.dayEnd() > e.day() && e.dayEnd() <= YearMonth.of(year, e.month()).lengthOfMonth()
                ? Optional.of(new PartialDate(year, e.month(), e.dayEnd())) : Optional.empty();
        return new Resolved(start, end);
    }

    private static PartialDate relative(String unit, int offset, LocalDate ref) {
        return switch (unit) {
            case "day" -> PartialDate.ofDay(ref.plusDays(offset));
            case "week" -> {
                LocalDate d = ref.plusWeeks(offset);
                yield PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            }
            case "month" -> {
                LocalDate d = ref.plusMonths(offset);
                yield PartialDate.ofMonth(d.getYear(), d.getMonthValue());
            }
            default -> PartialDate.ofYear(ref.getYear() + offset);
        };
    }
}
