package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.time.DateLexicon;

/**
 * Everything Parley reads about one language, compiled once: its gazetteer, the people gazetteer, titles, markers and dates.
 * Immutable and thread-safe.
 */
public final class LanguageLexicon {

    private final String language;
    private final Gazetteer gazetteer;
    private final PeopleGazetteer people;
    private final PhraseMatcher<OfficeTitle> titles;
    private final PhraseMatcher<String> markers;
    private final DateLexicon dates;

    public LanguageLexicon(LexiconSource source, String language) {
        this.language = language;
        this.gazetteer = new Gazetteer(source, language);
        this.people = new PeopleGazetteer(source);
        PhraseMatcher.Builder<OfficeTitle> t = PhraseMatcher.gazetteer();
        for (TsvRow row : source.rows(language + "/titles.tsv")) {
            // titles are capitalised before a name and not after it ("Kim, director general of ..."): any case
            String form = row.get("form");
            String anyCase = form.equals(form.toUpperCase(java.util.Locale.ROOT)) ? form : form.toLowerCase(java.util.Locale.ROOT);
            t.add(anyCase, new OfficeTitle(row.optional("sector").orElse(""), row.get("title")), row.origin());
        }
        PhraseMatcher.Builder<String> m = PhraseMatcher.withChoices();
        for (TsvRow row : source.rows(language + "/markers.tsv")) {
            m.add(row.get("form"), row.get("kind"), row.origin());
            if (row.get("kind").equals("counterpart")) {
                for (String word : row.get("form").split("\\|")) {
                    t.add(word, new OfficeTitle("", "counterpart"), row.origin());
                }
            }
        }
        this.titles = t.build();
        this.markers = m.build();
        this.dates = new DateLexicon(source, language);
    }

    public String language() {
        return language;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Political leaders and their offices, in every language. */
    public PeopleGazetteer people() {
        return people;
    }

    public PhraseMatcher<OfficeTitle> titles() {
        return titles;
    }

    /** Markers by kind: future, negation, speech, parties, counterpart, agent, virtual, locative. */
    public PhraseMatcher<String> markers() {
        return markers;
    }

    public DateLexicon dates() {
        return dates;
    }
}
