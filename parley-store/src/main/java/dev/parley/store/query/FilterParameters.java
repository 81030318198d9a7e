package dev.parley.store.query;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.store.EnumNames;
import dev.parley.store.PartialDates;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads an {@link EventFilter} from named text values as a user types them: the options of {@code parley
 * events} and the query parameters of the web API, so both accept the same things and refuse them with the same
 * words. Codes and types are upper-cased, modes lower-cased; blank values count as absent. Stateless.
 */
public final class FilterParameters {

    /** The parameters a filter is read from, in the order {@code parley events} documents them. */
    public static final List<String> NAMES = List.of("actor", "dyad", "type", "mode", "status", "since", "until",
            "place", "series", "text");

    private FilterParameters() {
    }

    /**
     * The filter the named values describe; {@code values} gives a parameter's text, if any.
     *
     * @throws InvalidParameterException naming the first parameter whose value cannot be used
     */
    public static EventFilter parse(Function<String, Optional<String>> values) {
        Function<String, Optional<String>> given = name -> values.apply(name).map(String::strip).filter(v -> !v.isEmpty());
        return new EventFilter(
                given.apply("actor").map(FilterParameters::code),
                given.apply("dyad").map(d -> read("dyad", () -> EventFilter.Dyad.parse(code(d)))),
                given.apply("type").map(FilterParameters::type),
                given.apply("mode").map(m -> m.toLowerCase(Locale.ROOT)),
                given.apply("status").map(FilterParameters::status),
                given.apply("since").map(d -> read("since", () -> PartialDates.parse(d).start())),
                given.apply("until").map(d -> read("until", () -> PartialDates.parse(d).end())),
                given.apply("place"), given.apply("series"),
                given.apply("text").map(t -> Arrays.asList(t.split("\\s+"))).orElse(List.of()));
    }

    private static String code(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static EventType type(String name) {
        return read("type", () -> EnumNames.parse(EventType.class, "type", name, EventType::name));
    }

    private static EventStatus status(String name) {
        return read("status", () -> EnumNames.parse(EventStatus.class, "status", name));
    }

    /** Runs a parser, naming {@code parameter} in the exception when it refuses the value. */
    private static <T> T read(String parameter, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, e.getMessage());
        }
    }
}
