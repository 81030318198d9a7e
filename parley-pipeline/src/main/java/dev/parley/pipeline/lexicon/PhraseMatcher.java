package dev.parley.pipeline.lexicon;

import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds lexicon forms in a token sequence (see docs/LEXICONS.md for the form syntax: case rules,
 * {@code *} stems, {@code a|b} choices and {@code ~} gaps). Built once, then immutable and thread-safe.
 *
 * @param <T> what a form stands for
 */
public final class PhraseMatcher<T> {

    /**
     * A form found in the text: tokens {@code [from, to)}, what the form stands for, and its weight:
     * the number of tokens the form names (gaps not counted), so "called off" outweighs "called".
     */
    public record Match<T>(int from, int to, T value, String form, int weight) {
    }

    private static final int GAP = 4;
    /** Stems are indexed by their first letters, up to this many; a token is looked up by each prefix length. */
    private static final int STEM_KEY = 4;

    private final Map<String, List<Pattern<T>>> byFirstToken;
    /** Forms whose first token is a stem, by the length of their key, shortest first. */
    private final List<StemIndex<T>> byFirstStem;

    private PhraseMatcher(Map<String, List<Pattern<T>>> byFirstToken, List<StemIndex<T>> byFirstStem) {
        this.byFirstToken = byFirstToken;
        this.byFirstStem = byFirstStem;
    }

    /**
     * Forms whose first stem begins with a key of {@code length} letters, by {@link #prefixKey}: a token is
     * looked up by its prefix of that length without making a string of it.
     */
    private record StemIndex<T>(int length, Map<Long, List<Pattern<T>>> byPrefix) {
    }

    /** Collects forms, then {@link #build()}s a matcher. Not thread-safe. */
    public static final class Builder<T> {
        private final Map<String, List<Pattern<T>>> byFirstToken = new HashMap<>();
        private final Map<Integer, Map<Long, List<Pattern<T>>>> byFirstStem = new TreeMap<>();
        private final boolean choices;

        private Builder(boolean choices) {
            this.choices = choices;
        }

        /** Adds a form; {@code origin} names the file and line for messages. */
        public Builder<T> add(String form, T value, String origin) {
            Pattern<T> p = Pattern.compile(form, value, choices, origin);
            Element first = p.elements[0];
            for (String alt : first.alternatives) {
                if (alt.endsWith("*")) {
                    String stem = alt.substring(0, alt.length() - 1).toLowerCase(Locale.ROOT);
                    int length = Math.min(STEM_KEY, stem.length());
                    byFirstStem.computeIfAbsent(length, k -> new HashMap<>())
                            .computeIfAbsent(prefixKey(stem, length), k -> new ArrayList<>()).add(p);
                } else {
                    byFirstToken.computeIfAbsent(alt.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
                }
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            List<StemIndex<T>> stems = byFirstStem.entrySet().stream().filter(e -> e.getKey() > 0) // an empty stem names no word
                    .map(e -> new StemIndex<>(e.getKey(), new HashMap<>(e.getValue()))).toList();
            return new PhraseMatcher<>(new HashMap<>(byFirstToken), stems);
        }
    }

    /** A builder for plain forms (gazetteers): {@code |} and {@code ~} are literal text. */
    public static <T> Builder<T> gazetteer() {
        return new Builder<>(false);
    }

    /** A builder for forms with choices {@code a|b} and gaps {@code ~} (predicates, markers). */
    public static <T> Builder<T> withChoices() {
        return new Builder<>(true);
    }

    /**
     * The first {@code length} (at most {@link #STEM_KEY}) chars of {@code lower}, 16 bits each, then mixed by a
     * bijection: the packed chars of letters differ in few bits, which {@link Long#hashCode} folds onto a few
     * dozen hash buckets; mixed, they spread over all of them and keys stay as distinct as the prefixes.
     */
    private static long prefixKey(String lower, int length) {
        long key = 0;
        for (int i = 0; i < length; i++) {
            key = key << Character.SIZE | lower.charAt(i);
        }
        key *= 0x9E3779B97F4A7C15L; // odd, so invertible modulo 2^64
        return key ^ (key >>> 32);  // invertible too
    }

    /** Every match starting at any token; at each start the heaviest first, then the shortest. */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int before = out.size();
            String lower = tokens.get(i).lower();
            collect(tokens, i, byFirstToken.get(lower), out);
            for (StemIndex<T> stems : byFirstStem) {
                if (stems.length > lower.length()) {
                    break;
                }
                collect(tokens, i, stems.byPrefix.get(prefixKey(lower, stems.length)), out);
            }
            if (out.size() - before > 1) {
                out.subList(before, out.size()).sort((a, b) -> a.weight != b.weight
                        ? Integer.compare(b.weight, a.weight) : Integer.compare(a.to, b.to));
            }
        }
        return out;
    }

    /** Leftmost, then heaviest matches that do not overlap. */
    public List<Match<T>> findLongest(List<Token> tokens) {
        List<Match<T>> all = findAll(tokens);
        if (all.isEmpty()) {
            return Collections.emptyList();
        }
        List<Match<T>> out = new ArrayList<>();
        int next = 0;
        for (Match<T> m : all) {
            if (m.from >= next) {
                out.add(m);
                next = m.to;
            }
        }
        return out;
    }

    private void collect(List<Token> tokens, int start, List<Pattern<T>> candidates, List<Match<T>> out) {
        if (candidates == null) {
            return;
        }
        for (Pattern<T> p : candidates) {
            int end = p.match(tokens, start);
            if (end > start) {
                out.add(new Match<>(start, end, p.value, p.form, p.weight));
            }
        }
    }

    /** One alternative of a token position, with its matching rule worked out once. */
    private record Alternative(String want, boolean caseSensitive, boolean capitalized, boolean stem) {
        static Alternative of(String alt) {
            boolean stem = alt.endsWith("*");
            String a = stem ? alt.substring(0, alt.length() - 1) : alt;
            boolean caseSensitive = isAllCaps(a);
            boolean capitalized = !caseSensitive && !a.isEmpty() && Character.isUpperCase(a.codePointAt(0));
            return new Alternative(caseSensitive ? a : a.toLowerCase(Locale.ROOT), caseSensitive, capitalized, stem);
        }

        boolean accepts(Token t) {
            if (capitalized && !Character.isUpperCase(t.text().codePointAt(0))) {
                return false;
            }
            String text = caseSensitive ? t.text() : t.lower();
            return stem ? text.startsWith(want) : text.equals(want);
        }

        private static boolean isAllCaps(String s) {
            int letters = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    letters++;
                }
            }
            return letters >= 2;
        }
    }

    /** One token position of a form: alternatives, or a gap. */
    private record Element(List<String> alternatives, Alternative[] compiled, boolean gap) {
        Element(List<String> alternatives, boolean gap) {
            this(alternatives, alternatives.stream().map(Alternative::of).toArray(Alternative[]::new), gap);
        }

        boolean accepts(Token t) {
            for (Alternative alt : compiled) {
                if (alt.accepts(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A compiled form; {@code weight} is the number of its elements that are not gaps. */
    private record Pattern<T>(Element[] elements, T value, String form, int weight) {

        static <T> Pattern<T> compile(String form, T value, boolean choices, String origin) {
            List<Element> elements = new ArrayList<>();
            for (String part : form.trim().split("\\s+")) {
                if (choices && part.equals("~")) {
                    elements.add(new Element(List.of(), true));
                    continue;
                }
                List<String> alts = choices ? List.of(part.split("\\|")) : List.of(part);
                // each alternative may itself be several tokens ("d'Ivoire", "北约"): spread them over elements
                List<List<Token>> tokenized = alts.stream().map(a -> tokenizeForm(a, origin)).toList();
                int width = tokenized.get(0).size();
                if (tokenized.stream().anyMatch(t -> t.size() != width)) {
                    throw new LexiconException(origin + ": the choices in '" + part
                            + "' split into different numbers of tokens; write them as separate rows");
                }
                for (int k = 0; k < width; k++) {
                    final int idx = k;
                    elements.add(new Element(tokenized.stream().map(t -> t.get(idx).text()).toList(), false));
                }
            }
            if (elements.isEmpty() || elements.get(0).gap || elements.get(elements.size() - 1).gap) {
                throw new LexiconException(origin + ": form '" + form + "' is empty or starts or ends with a gap");
            }
            int weight = (int) elements.stream().filter(e -> !e.gap).count();
            return new Pattern<>(elements.toArray(Element[]::new), value, form, weight);
        }

        /** Tokens of one form alternative; a trailing '*' stays on the last token. */
        private static List<Token> tokenizeForm(String alt, String origin) {
            boolean stem = alt.endsWith("*") && alt.length() > 1;
            String body = stem ? alt.substring(0, alt.length() - 1) : alt;
            List<Token> toks = new ArrayList<>(Tokenizer.tokenize(body, 0));
            if (toks.isEmpty()) {
                throw new LexiconException(origin + ": form '" + alt + "' has no tokens");
            }
            if (stem) {
                Token last = toks.remove(toks.size() - 1);
                toks.add(new Token(last.start(), last.end(), last.text() + "*", last.lower() + "*"));
            }
            return toks;
        }

        /** End token index of a match at {@code start}, or -1. Gaps match lazily. */
        int match(List<Token> tokens, int start) {
            return matchFrom(tokens, start, 0);
        }

        private int matchFrom(List<Token> tokens, int pos, int el) {
            if (el == elements.length) {
                return pos;
            }
            Element e = elements[el];
            if (e.gap) {
                for (int skip = 0; skip <= GAP && pos + skip <= tokens.size(); skip++) {
                    int end = matchFrom(tokens, pos + skip, el + 1);
                    if (end >= 0) {
                        return end;
                    }
                }
                return -1;
            }
            if (pos >= tokens.size() || !e.accepts(tokens.get(pos))) {
                return -1;
            }
            return matchFrom(tokens, pos + 1, el + 1);
        }
    }
}
