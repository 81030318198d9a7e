package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states and organisations of one language: the JDK's country names in that language, the
 * language's actors.tsv (aliases, adjectives, capitals, organisations) and non-actors.tsv (phrases that
 * contain a name but name no actor), and the organisation acronyms of English, which every press uses.
 * Immutable and thread-safe.
 */
public final class Gazetteer {

    private final PhraseMatcher<ActorEntry> matcher;
    private final Map<String, String> names;
    private final Map<String, java.util.List<ActorEntry>> capitals = new HashMap<>();

    public Gazetteer(LexiconSource source, String language) {
        PhraseMatcher.Builder<ActorEntry> b = PhraseMatcher.gazetteer();
        for (TsvRow row : source.rows(language + "/non-actors.tsv")) { // first: they win ties with names
            b.add(row.get("form"), new ActorEntry("-", Optional.empty(), "ignore", row.get("form")), row.origin());
        }
        Map<String, String> readable = new HashMap<>();
        Locale locale = Locale.forLanguageTag(language);
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String code = country.getISO3Country();
            String english = country.getDisplayCountry(Locale.ENGLISH);
            readable.put(code, english);
            String local = country.getDisplayCountry(locale);
            ActorEntry entry = new ActorEntry(code, Optional.empty(), "name", english);
            b.add(local, entry, "JDK " + language + " " + alpha2);
            if (!language.equals("en")) {
                b.add(english, entry, "JDK en " + alpha2);
            }
        }
        addRows(b, source, language + "/actors.tsv", readable, false);
        if (!language.equals("en")) {
            addRows(b, source, "en/actors.tsv", readable, true);
        }
        this.matcher = b.build();
        this.names = Map.copyOf(readable);
    }

    private void addRows(PhraseMatcher.Builder<ActorEntry> b, LexiconSource source, String file,
                                Map<String, String> readable, boolean acronymsOnly) {
        for (TsvRow row : source.rows(file)) {
            String form = row.get("form");
            if (acronymsOnly && !form.equals(form.toUpperCase(Locale.ROOT))) {
                continue;
            }
            String code = row.get("code");
            String kind = row.get("kind");
            readable.putIfAbsent(code, kind.equals("name") ? form : code);
            ActorEntry entry = new ActorEntry(code, row.optional("sector"), kind, readable.get(code));
            b.add(form, entry, row.origin());
            if (entry.isCapital()) {
                capitals.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).add(entry);
            }
        }
    }

    public PhraseMatcher<ActorEntry> matcher() {
        return matcher;
    }

    /**
     * Every actor a capital's form can stand for ("Brussels": Belgium, the EU, NATO), in file order.
     */
    public java.util.List<ActorEntry> capitalReadings(String form) {
        return capitals.getOrDefault(form.toLowerCase(Locale.ROOT), java.util.List.of());
    }

    /** A readable name for a code ("KOR" -> "South Korea"). */
    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }
}
