package dev.parley.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code parley export} writes. */
public enum ExportFormat {
    /** Per-article events in the event format of FORMAT.md, one per line. */
    JSONL,
    /** Per-article events, every field flattened. */
    CSV,
    /** A folder with one Parquet file per table, readable by {@code parley events --parquet}. */
    PARQUET,
    /** Consolidated events as GDELT 2.0 event records (61 tab-separated columns, no header). */
    GDELT;

    /** The format named {@code name} in any case; the message lists the choices. */
    public static ExportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "'; choose one of " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }
}
