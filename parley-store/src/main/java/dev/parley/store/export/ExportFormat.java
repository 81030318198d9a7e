package dev.parley.store.export;

import dev.parley.store.EnumNames;

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
        return EnumNames.parse(ExportFormat.class, "export format", name);
    }
}
