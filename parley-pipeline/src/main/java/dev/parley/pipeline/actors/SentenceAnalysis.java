package dev.parley.pipeline.actors;

import dev.parley.api.Sentence;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence with its tokens, its mentions and its markers (future, negation, speech, ...).
 */
public record SentenceAnalysis(Sentence sentence, List<Token> tokens, List<LocatedMention> mentions,
                               List<PhraseMatcher.Match<String>> markers,
                               Map<String, List<PhraseMatcher.Match<String>>> markersByKind) {

    public SentenceAnalysis {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        markers = List.copyOf(markers);
        markersByKind = Map.copyOf(markersByKind);
    }

    public SentenceAnalysis(Sentence sentence, List<Token> tokens, List<LocatedMention> mentions,
                            List<PhraseMatcher.Match<String>> markers) {
        this(sentence, tokens, mentions, markers, byKind(markers));
    }

    private static Map<String, List<PhraseMatcher.Match<String>>> byKind(List<PhraseMatcher.Match<String>> markers) {
        Map<String, List<PhraseMatcher.Match<String>>> out = new HashMap<>();
        for (PhraseMatcher.Match<String> m : markers) {
            out.computeIfAbsent(m.value(), k -> new ArrayList<>()).add(m); // in text order: findAll goes left to right
        }
        return out;
    }

    /** Markers of {@code kind} whose first token lies in {@code [from, to)}, in text order. */
    public List<PhraseMatcher.Match<String>> markers(String kind, int from, int to) {
        List<PhraseMatcher.Match<String>> all = markersByKind.getOrDefault(kind, List.of());
        if (all.isEmpty() || from >= to) {
            return List.of();
        }
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).from() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < all.size() && all.get(end).from() < to) {
            end++;
        }
        return all.subList(lo, end);
    }
}
