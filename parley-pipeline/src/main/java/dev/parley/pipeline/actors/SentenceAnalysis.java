package dev.parley.pipeline.actors;

import dev.parley.api.Sentence;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;

import java.util.List;

/**
 * A sentence with its tokens, its mentions and its markers (future, negation, speech, ...).
 */
public record SentenceAnalysis(Sentence sentence, List<Token> tokens, List<LocatedMention> mentions,
                               List<PhraseMatcher.Match<String>> markers) {

    public SentenceAnalysis {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        markers = List.copyOf(markers);
    }

    /** Markers of {@code kind} whose first token lies in {@code [from, to)}. */
    public List<PhraseMatcher.Match<String>> markers(String kind, int from, int to) {
        return markers.stream().filter(m -> m.value().equals(kind) && m.from() >= from && m.from() < to).toList();
    }
}
