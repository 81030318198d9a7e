package dev.parley.pipeline.place;

/**
 * A place from places.tsv.
 *
 * @param place   canonical English name
 * @param country ISO 3166 alpha-3
 * @param kind    capital, city or venue
 */
public record PlaceEntry(String place, String country, String kind) {
}
