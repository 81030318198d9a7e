package dev.parley.store.query;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A dialogue series and its stored sessions.
 *
 * @param name        its name as written
 * @param periodicity how often it meets, as most often stated
 * @param founded     the year it was founded, the earliest stated
 * @param events      events held as its sessions
 * @param firstDay    the day of its earliest dated event
 * @param lastDay     the day of its latest dated event
 */
public record SeriesSummary(String name, Optional<String> periodicity, OptionalInt founded, long events,
                            Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {
}
