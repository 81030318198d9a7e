package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;

import java.util.List;

/** Whether a name stands after a locative ("in Seoul", "at the Pentagon", "au Pentagone", "in der Stadt"). */
public final class Locative {

    private static final int ARTICLE_LETTERS = 3;

    private Locative() {
    }

    /**
     * True when a locative marker ends right before token {@code index}, or before a short lower-case word
     * (an article: the, der, le, el, il) that stands right before it.
     */
    public static boolean precedes(List<Token> tokens, List<PhraseMatcher.Match<String>> markers, int index) {
        int at = index;
        if (at > 0) {
            Token prev = tokens.get(at - 1);
            if (prev.isWord() && !prev.isCapitalized() && prev.text().length() <= ARTICLE_LETTERS && !endsLocative(markers, at)) {
                at--;
            }
        }
        return endsLocative(markers, at);
    }

    private static boolean endsLocative(List<PhraseMatcher.Match<String>> markers, int at) {
        for (PhraseMatcher.Match<String> m : markers) {
            if (m.value().equals("locative") && m.to() == at) {
                return true;
            }
        }
        return false;
    }
}
