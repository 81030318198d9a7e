package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;

import java.util.List;

/**
 * Whether a name is a place: it stands after a locative ("in Seoul", "at the Pentagon", "au Pentagone", "in der
 * Stadt") or before a postposition of place (東京で, ソウルにて).
 */
public final class Locative {

    private static final int ARTICLE_LETTERS = 3;

    private Locative() {
    }

    /** True when a locative stands before the name in tokens {@code [from, to)} or a postposition of place after it. */
    public static boolean marks(List<Token> tokens, List<PhraseMatcher.Match<String>> markers, int from, int to) {
        if (precedes(tokens, markers, from)) {
            return true;
        }
        for (PhraseMatcher.Match<String> m : markers) {
            if (m.value().equals("postlocative") && m.from() == to) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a locative marker ends right before token {@code index}, or before a short lower-case word
     * (an article: the, der, le, el, il) that stands right before it.
     */
    private static boolean precedes(List<Token> tokens, List<PhraseMatcher.Match<String>> markers, int index) {
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
