package dev.parley.store;

import dev.parley.api.Event;
import dev.parley.api.PartialDate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates at any precision ({@code 2024}, {@code 2024-05}, {@code 2024-05-15}) and the days events span. */
public final class PartialDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDates() {
    }

    /** Parses an ISO date at year, month or day precision; the message names the bad value. */
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(iso.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + iso + "' is not a date: write 2024, 2024-05 or 2024-05-15");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(year, month, day);
    }

    /** The first day an event's date can mean; empty when it has no date. */
    public static Optional<LocalDate> firstDay(Event e) {
        return e.date().map(PartialDate::start);
    }

    /** The last day an event can mean: its end date's, else its date's; empty when it has no date. */
    public static Optional<LocalDate> lastDay(Event e) {
        return e.dateEnd().or(e::date).map(PartialDate::end);
    }
}
