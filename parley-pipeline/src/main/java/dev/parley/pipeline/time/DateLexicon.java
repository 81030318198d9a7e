package dev.parley.pipeline.time;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;

/**
 * One language's date words (lexicon/LANG/dates.tsv) compiled for matching. Immutable and thread-safe.
 */
public final class DateLexicon {

    /** What a date word means. */
    public record Word(String kind, String value, boolean capitalized) {
    }

    private final PhraseMatcher<Word> matcher;

    public DateLexicon(LexiconSource source, String language) {
        PhraseMatcher.Builder<Word> b = PhraseMatcher.withChoices();
        for (TsvRow row : source.rows(language + "/dates.tsv")) {
            String form = row.get("form");
            b.add(form, new Word(row.get("kind"), row.get("value"), Character.isUpperCase(form.codePointAt(0))),
                    row.origin());
        }
        this.matcher = b.build();
    }

    public PhraseMatcher<Word> matcher() {
        return matcher;
    }
}
