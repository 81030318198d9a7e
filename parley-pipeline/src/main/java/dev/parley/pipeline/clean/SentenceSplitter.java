package dev.parley.pipeline.clean;

import dev.parley.api.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentence spans, returning offsets like OpenNLP's {@code sentPosDetect}.
 * Knows abbreviations ("Nov.", "Dr.", "S. Korea", "U.S."), initials, German ordinals ("4. März"),
 * closing quotes, CJK full stops and a missing space after a full stop ("Seoul.Trong").
 * Immutable and thread-safe.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations without their final period ("nov", "dr", "u.s") */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /**
     * Sentence spans inside {@code [from, to)} of {@code text}, trimmed of white space.
     *
     * @param ordinalDots the language writes ordinals with a full stop ("30. Jahrestag"), so a full stop
     *                    after a short number never ends a sentence
     */
    public List<Span> split(String text, int from, int to, boolean ordinalDots) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '。' || c == '！' || c == '？' || c == '؟') {
                end = closeQuotes(text, i + 1, to);
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int after = closeQuotes(text, i + 1, to);
                if (after >= to) {
                    continue;
                }
                if (Character.isWhitespace(text.charAt(after))) {
                    int next = skipSpace(text, after, to);
                    if (next < to && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, from, i, next, to, ordinalDots))) {
                        end = after;
                    }
                } else if (c == '.' && glued(text, from, i, to)) {
                    end = i + 1;
                }
            }
            if (end > 0) {
                addTrimmed(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(text, start, to, out);
        return out;
    }

    private static int closeQuotes(String text, int i, int to) {
        while (i < to && "\"'”’»)]」』".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘«„([–—-".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** "Seoul.Trong": a full stop between a lower-case word and a capitalised one, with no space. */
    private static boolean glued(String text, int from, int dot, int to) {
        return dot + 2 < to && dot - 2 >= from
                && Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(dot - 2))
                && Character.isUpperCase(text.charAt(dot + 1)) && Character.isLowerCase(text.charAt(dot + 2));
    }

    private boolean isAbbreviation(String text, int from, int dot, int next, int to, boolean ordinalDots) {
        int w = dot;
        while (w > from && !Character.isWhitespace(text.charAt(w - 1)) && "(\"'“".indexOf(text.charAt(w - 1)) < 0) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "Mark T. Esper", "S. Korea"
        }
        if (word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
            // "am 4. März": an ordinal before a month name
            return ordinalDots || nextWordIsMonth(text, next, to);
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MONTH_STARTS = Set.of("jan", "feb", "mär", "mar", "apr", "mai", "may", "jun",
            "jul", "aug", "sep", "okt", "oct", "nov", "dez", "dec");

    private static boolean nextWordIsMonth(String text, int next, int to) {
        int e = next;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String word = text.substring(next, e).toLowerCase(Locale.ROOT);
        return word.length() >= 3 && MONTH_STARTS.contains(word.substring(0, 3));
    }

    /**
     * Adds the trimmed span; a run-on "sentence" longer than {@link #MAX_SENTENCE} characters (a page with no
     * full stops, a 1 MB line) is cut at white space into pieces of at most that size, so the cost of coding a
     * sentence stays bounded whatever the input.
     */
    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            int space = cut;
            while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            int piece = Character.isWhitespace(text.charAt(space)) ? space : cut;
            if (Character.isLowSurrogate(text.charAt(piece))) {
                piece--;
            }
            addTrimmed(text, start, piece, out);
            start = piece;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    /** The longest stretch of text treated as one sentence. */
    public static final int MAX_SENTENCE = 2_000;
}
