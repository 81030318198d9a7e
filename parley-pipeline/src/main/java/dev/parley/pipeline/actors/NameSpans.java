package dev.parley.pipeline.actors;

import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Punctuation;
import dev.parley.pipeline.text.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where persons' names lie in one sentence: runs of capitalised words, initials, particles and hyphens that
 * no other mention covers. Words of an office ("Affairs", "Committee", markers of kind {@code office}) end a
 * name, and honorifics ("Sr.", "Dato' Seri", kind {@code honorific}) stand before one without belonging to
 * it. Not thread-safe: one per sentence, reading the caller's {@code taken} flags as they change.
 */
final class NameSpans {

    /** A name's tokens {@code [from, to)}. */
    record Span(int from, int to) {
    }

    private static final Set<String> PARTICLES = Set.of("bin", "binti", "bint", "van", "von", "de", "da", "del",
            "der", "al", "el", "la", "le", "dos", "di", "ibn", "abu");
    private static final int NAME_MAX = 7;
    private static final int PHRASE_MAX = 18;
    /** Lower-case words this short inside a title phrase join it ("for", "and", "of the"); longer ones end it. */
    private static final int FUNCTION_WORD = 3;
    private static final int PHRASE_FUNCTION_WORD = 4;

    private final List<Token> t;
    private final boolean[] taken;
    private final boolean[] office;
    private final boolean[] honorific;

    NameSpans(List<Token> tokens, boolean[] taken, List<PhraseMatcher.Match<String>> markers) {
        this.t = tokens;
        this.taken = taken;
        this.office = covered(tokens.size(), markers, "office");
        this.honorific = covered(tokens.size(), markers, "honorific");
    }

    private static boolean[] covered(int size, List<PhraseMatcher.Match<String>> markers, String kind) {
        boolean[] out = new boolean[size];
        for (PhraseMatcher.Match<String> m : markers) {
            if (m.value().equals(kind)) {
                for (int i = m.from(); i < m.to(); i++) {
                    out[i] = true;
                }
            }
        }
        return out;
    }

    /** A particle of names ("bin", "van", "de"), which never stands for a person alone. */
    static boolean isParticle(String lower) {
        return PARTICLES.contains(lower);
    }

    boolean isHonorific(int i) {
        return honorific[i];
    }

    /** The first token after the honorifics that start at {@code i}. */
    int afterHonorifics(int i) {
        int j = i;
        while (j < t.size() && honorific[j]) {
            j++;
        }
        return j;
    }

    /** A name of two or more tokens starting at {@code i}, after any honorific. */
    Optional<Span> at(int i) {
        int from = afterHonorifics(i);
        int to = end(from);
        return to - from >= 2 ? Optional.of(new Span(from, to)) : Optional.empty();
    }

    /** A name of two or more tokens ending just before {@code end}: "Kim Sang-jin, director general". */
    Optional<Span> before(int end) {
        int j = end;
        while (j > 0 && end - j < NAME_MAX && !taken[j - 1] && !office[j - 1]) {
            Token tok = t.get(j - 1);
            boolean hyphenPart = j - 2 >= 0 && t.get(j - 2).text().equals("-");
            if (tok.isWord() && (tok.isCapitalized() || hyphenPart) && !tok.isNumber() || tok.text().equals("-")) {
                j--;
            } else {
                break;
            }
        }
        return end - j >= 2 ? Optional.of(new Span(j, end)) : Optional.empty();
    }

    /**
     * A name after the rest of a title: "Director for Asia and the Pacific in the EEAS Paola Pampaloni",
     * "Staatssekretär des deutschen Außenministeriums, Andreas Michaelis", "Commissioner for Political
     * Affairs, Peace and Security Amara Diallo". The phrase may hold only short lower-case words, capitalised
     * words, honorifics, brackets and one comma; the name is the first run of two or more capitalised words,
     * not words of the office, before a lower-case word or a stop.
     */
    Optional<Span> afterPhrase(int from) {
        int end = Math.min(t.size(), from + PHRASE_MAX);
        int commas = 0;
        for (int i = from; i < end; i++) {
            Token tok = t.get(i);
            if (honorific[i] || office[i]) {
                continue;
            }
            if (Punctuation.isComma(tok.text())) {
                commas++;
            }
            if (tok.isWord() && tok.isCapitalized() && !taken[i] && i + 1 < t.size()) {
                int nameTo = end(i);
                if (nameTo - i >= 2 && closes(nameTo)) {
                    return Optional.of(new Span(i, nameTo));
                }
            }
            boolean function = tok.isWord() && !tok.isCapitalized() && tok.text().length() <= PHRASE_FUNCTION_WORD;
            boolean bracket = tok.text().equals("(") || tok.text().equals(")");
            if (commas > 1 || !(function || bracket || tok.isCapitalized() || Punctuation.isComma(tok.text()))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * True when a name ends at {@code i}: the sentence ends, a stop or comma follows, or a lower-case word
     * that is not a short link to a further name ("Foreign Affairs of Japan", "Paola Pampaloni has").
     */
    private boolean closes(int i) {
        if (i >= t.size()) {
            return true;
        }
        Token next = t.get(i);
        if (!next.isWord()) {
            return !next.text().equals("(");
        }
        return !next.isCapitalized() && (next.text().length() > FUNCTION_WORD || i + 1 >= t.size()
                || !t.get(i + 1).isCapitalized());
    }

    /** End of a person's name starting at {@code i}: capitalised words, initials, particles and hyphens. */
    private int end(int i) {
        int j = i;
        int words = 0;
        while (j < t.size() && words < NAME_MAX && !taken[j] && !office[j]) {
            Token tok = t.get(j);
            if (tok.isWord() && tok.isCapitalized() && !tok.isNumber()) {
                words++;
                j++;
            } else if (words > 0 && (tok.text().equals("-") || tok.text().equals(".")) && j + 1 < t.size()
                    && t.get(j + 1).isWord() && !taken[j + 1]
                    && (tok.text().equals("-") || t.get(j - 1).text().length() == 1)) {
                j += tok.text().equals("-") ? 2 : 1;
            } else if (words > 0 && PARTICLES.contains(tok.lower()) && j + 1 < t.size()
                    && t.get(j + 1).isCapitalized() && !taken[j + 1] && !office[j + 1]) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
