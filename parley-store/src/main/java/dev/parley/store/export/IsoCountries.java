package dev.parley.store.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166 alpha-3 country codes and their English names, from the JDK's own data. */
final class IsoCountries {

    private static final Map<String, String> NAMES = names();

    private IsoCountries() {
    }

    /** The English name of a country code, empty when the code is not a country (an organisation). */
    static Optional<String> name(String alpha3) {
        return Optional.ofNullable(NAMES.get(alpha3));
    }

    private static Map<String, String> names() {
        Map<String, String> out = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            out.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        return out;
    }
}
