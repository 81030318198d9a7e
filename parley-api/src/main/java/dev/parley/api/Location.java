package dev.parley.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event took place.
 *
 * @param place   a city or venue, canonical English name
 * @param country ISO 3166 alpha-3
 */
public record Location(Optional<String> place, Optional<String> country) {
    public Location {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(country, "country");
    }
}
