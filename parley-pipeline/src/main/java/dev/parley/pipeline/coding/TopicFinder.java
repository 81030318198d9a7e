package dev.parley.pipeline.coding;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.text.Token;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Topic keywords (lexicon LANG/topics.tsv) found in a sentence, in text order. Immutable and thread-safe. */
final class TopicFinder {

    private final PhraseMatcher<String> topics;

    TopicFinder(LexiconSource source, String language) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.withChoices();
        for (TsvRow row : source.rows(language + "/topics.tsv")) {
            b.add(row.get("form"), row.get("topic"), row.origin());
        }
        this.topics = b.build();
    }

    Set<String> find(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (PhraseMatcher.Match<String> m : topics.findLongest(tokens)) {
            out.add(m.value());
        }
        return out;
    }
}
