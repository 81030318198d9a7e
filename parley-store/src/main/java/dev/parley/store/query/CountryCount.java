package dev.parley.store.query;

/**
 * The events that took place in one country.
 *
 * @param country   ISO 3166 alpha-3 code
 * @param events    consolidated events placed there
 * @param goldstein their mean Goldstein score
 */
public record CountryCount(String country, long events, double goldstein) {
}
