package dev.parley.store.consolidate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report's date can mean. A date at day precision, or a range, is exact; a month or a year
 * alone is coarse. Two exact windows are compatible when they overlap (the same day, overlapping ranges,
 * a day inside a range); a coarse one is compatible with what it contains or what contains it.
 *
 * @param first     the first day
 * @param last      the last day
 * @param precision 0 a day, 1 a range, 2 a month, 3 a year: lower is more precise
 */
record DateWindow(LocalDate first, LocalDate last, int precision) {

    static final int DAY = 0;
    static final int RANGE = 1;
    static final int MONTH = 2;
    static final int YEAR = 3;

    /** The window of a stored event: its ISO date (any precision), whether it has an end, and its days. */
    static DateWindow of(String date, boolean hasEnd, LocalDate first, LocalDate last) {
        int precision = hasEnd ? RANGE : date.length() >= 10 ? DAY : date.length() >= 7 ? MONTH : YEAR;
        return new DateWindow(first, last, precision);
    }

    boolean coarse() {
        return precision >= MONTH;
    }

    boolean compatible(DateWindow other) {
        if (coarse() || other.coarse()) {
            return contains(other) || other.contains(this);
        }
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    boolean contains(DateWindow other) {
        return !first.isAfter(other.first) && !last.isBefore(other.last);
    }

    long days() {
        return ChronoUnit.DAYS.between(first, last);
    }
}
