package dev.parley.store.output;

import dev.parley.store.EnumNames;

/** How query results are printed: aligned text for people, CSV or JSON Lines for programs. */
public enum OutputFormat {
    TABLE, CSV, JSONL;

    /** The format named {@code name} in any case; the message lists the choices. */
    public static OutputFormat parse(String name) {
        return EnumNames.parse(OutputFormat.class, "format", name);
    }
}
