package dev.parley.pipeline.coding;

import dev.parley.pipeline.lexicon.LexiconException;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.TsvRow;

import java.util.HashMap;
import java.util.Map;

/** CAMEO codes and their Goldstein scores (lexicon/cameo.tsv). Immutable and thread-safe. */
public final class CameoTable {

    private final Map<String, Double> goldstein;

    public CameoTable(LexiconSource source) {
        Map<String, Double> g = new HashMap<>();
        for (TsvRow row : source.rows("cameo.tsv")) {
            try {
                g.put(row.get("code"), Double.parseDouble(row.get("goldstein")));
            } catch (NumberFormatException e) {
                throw new LexiconException(row.origin() + ": goldstein '" + row.get("goldstein") + "' is not a number");
            }
        }
        this.goldstein = Map.copyOf(g);
    }

    /** The Goldstein score of a code; fails naming the code when cameo.tsv lacks it. */
    public double goldstein(String code) {
        Double v = goldstein.get(code);
        if (v == null) {
            throw new LexiconException("CAMEO code " + code + " is used by a lexicon but missing from cameo.tsv");
        }
        return v;
    }

    public boolean knows(String code) {
        return goldstein.containsKey(code);
    }
}
