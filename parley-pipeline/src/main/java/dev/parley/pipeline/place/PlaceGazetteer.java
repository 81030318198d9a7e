package dev.parley.pipeline.place;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Capitals, cities and venues (lexicon/places.tsv) with their names in each language.
 * Thread-safe: per-language matchers are built once on first use.
 */
public final class PlaceGazetteer {

    private record Row(String form, String lang, PlaceEntry entry, String origin) {
    }

    private final LexiconSource source;
    private final java.util.List<Row> rows = new java.util.ArrayList<>();
    private final Map<String, PlaceEntry> capitals = new HashMap<>();
    private final Map<String, PhraseMatcher<PlaceEntry>> matchers = new ConcurrentHashMap<>();

    public PlaceGazetteer(LexiconSource source) {
        this.source = source;
        for (TsvRow row : source.rows("places.tsv")) {
            PlaceEntry e = new PlaceEntry(row.get("place"), row.get("country"), row.get("kind"));
            rows.add(new Row(row.get("form"), row.get("lang"), e, row.origin()));
            if (e.kind().equals("capital")) {
                capitals.putIfAbsent(e.country(), e);
            }
        }
    }

    /** Places named in {@code language} (places.tsv and LANG/places.tsv), in English, or in any language. */
    public PhraseMatcher<PlaceEntry> matcher(String language) {
        return matchers.computeIfAbsent(language, l -> {
            PhraseMatcher.Builder<PlaceEntry> b = PhraseMatcher.gazetteer();
            for (Row r : rows) {
                if (r.lang.equals(l) || r.lang.equals("*") || r.lang.equals("en")) {
                    b.add(r.form, r.entry, r.origin);
                }
            }
            for (TsvRow row : source.rows(l + "/places.tsv")) {
                b.add(row.get("form"), new PlaceEntry(row.get("place"), row.get("country"), row.get("kind")), row.origin());
            }
            return b.build();
        });
    }

    /** The capital of a state. */
    public Optional<PlaceEntry> capitalOf(String country) {
        return Optional.ofNullable(capitals.get(country));
    }
}
