package dev.parley.pipeline.lexicon;

import java.util.Map;
import java.util.Optional;

/**
 * One data row of a lexicon file, read by column name.
 *
 * @param origin "file:line", for messages and for the rule named on each event
 */
public record TsvRow(String origin, Map<String, String> cells) {

    /** The cell of a required column; fails naming the file and line when it is empty. */
    public String get(String column) {
        String v = cells.get(column);
        if (v == null || v.isEmpty()) {
            throw new LexiconException(origin + ": column '" + column + "' is empty; fill it in or remove the row");
        }
        return v;
    }

    /** The cell of an optional column. */
    public Optional<String> optional(String column) {
        String v = cells.get(column);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
