package dev.parley.store.output;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query results are printed: aligned text for people, CSV or JSON Lines for programs. */
public enum OutputFormat {
    TABLE, CSV, JSONL;

    /** The format named {@code name} in any case; the message lists the choices. */
    public static OutputFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; choose one of " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
