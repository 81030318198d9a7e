package dev.parley.pipeline.lexicon;

import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** Stems are indexed by their first letters, up to this many; a token is looked up by each prefix length. */
    private static final int STEM_KEY = 4;

    private final Map<String, Candidates<T>> byFirstToken;
    /** Rules out at once most tokens that begin no form: tested before {@link #byFirstToken} is looked up. */
    private final KeyFilter firstTokens;
    /** Forms whose first token is a stem, by the length of their key, shortest first. */
    private final List<StemIndex<T>> byFirstStem;

    private PhraseMatcher(Map<String, Candidates<T>> byFirstToken, List<StemIndex<T>> byFirstStem) {
        this.byFirstToken = byFirstToken;
        this.firstTokens = new KeyFilter(byFirstToken.keySet().stream().mapToInt(String::hashCode).toArray());
        this.byFirstStem = byFirstStem;
    }

    /**
     * Forms whose first stem begins with a key of {@code length} letters, by {@link #prefixKey}: a token is
     * looked up by its prefix of that length without making a string of it.
     */
    private record StemIndex<T>(int length, Map<Long, Candidates<T>> byPrefix, KeyFilter keys) {
        StemIndex(int length, Map<Long, Candidates<T>> byPrefix) {
            this(length, byPrefix, new KeyFilter(byPrefix.keySet().stream().mapToInt(k -> Long.hashCode(k)).toArray()));
        }

        Candidates<T> get(long key) {
            return keys.mayContain(Long.hashCode(key)) ? byPrefix.get(key) : null;
        }
    }

    /**
     * A form that may start at a token found under a key, and the element its matching goes on from: 1 when the
     * key alone proves the form's first token matches (an exact, case-blind alternative), else 0.
     */
    private record Candidate<T>(Pattern<T> pattern, int from) {
    }

    /**
     * The {@link Candidate}s under one key, in parallel arrays: a form is ruled out by comparing the hash of its
     * {@link Pattern#probe() probe} word with the lower-cased token's at that place, without following pointers
     * into the form.
     */
    private static final class Candidates<T> {
        private final Pattern<T>[] patterns;
        private final int[] from;
        /** Where the probe word is, counted in tokens from the start; 0 for none. */
        private final int[] probeAt;
        private final int[] probe;

        @SuppressWarnings("unchecked")
        Candidates(List<Candidate<T>> candidates) {
            int n = candidates.size();
            patterns = new Pattern[n];
            from = new int[n];
            probeAt = new int[n];
            probe = new int[n];
            for (int i = 0; i < n; i++) {
                Candidate<T> c = candidates.get(i);
                patterns[i] = c.pattern;
                from[i] = c.from;
                Optional<Probe> p = c.pattern.probe();
                probeAt[i] = p.map(Probe::element).orElse(0);
                probe[i] = p.map(Probe::hash).orElse(0);
            }
        }

        /** Adds the matches of these forms at token {@code start}. */
        void collect(List<Token> tokens, int start, List<Match<T>> out) {
            for (int i = 0; i < patterns.length; i++) {
                int at = start + probeAt[i];
                if (probeAt[i] > 0 && (at >= tokens.size() || tokens.get(at).lower().hashCode() != probe[i])) {
                    continue;
                }
                Pattern<T> p = patterns[i];
                int end = p.matchFrom(tokens, start + from[i], from[i]);
                if (end > start) {
                    out.add(new Match<>(start, end, p.value, p.form, p.weight));
                }
            }
        }
    }

    /**
     * A one-hash Bloom filter of key hashes, at 16 bits a key: small enough to stay in cache, so that the
     * tokens no key has (most of them) cost one bit test instead of a hash table lookup.
     */
    private static final class KeyFilter {
        private final long[] bits;
        private final int mask;

        KeyFilter(int[] hashes) {
            int size = Integer.highestOneBit(Math.max(64, hashes.length * 16 - 1)) << 1;
            bits = new long[size / Long.SIZE];
            mask = size - 1;
            for (int h : hashes) {
                int b = bit(h);
                bits[b >>> 6] |= 1L << b;
            }
        }

        boolean mayContain(int hash) {
            int b = bit(hash);
            return (bits[b >>> 6] & 1L << b) != 0;
        }

        private int bit(int hash) {
            return (hash ^ hash >>> 16) * 0x9E3779B1 >>> 7 & mask; // spread: string hashes of short words share low bits
        }
    }

    /** Collects forms, then {@link #build()}s a matcher. Not thread-safe. */
    public static final class Builder<T> {
        private final Map<String, List<Candidate<T>>> byFirstToken = new HashMap<>();
        private final Map<Integer, Map<Long, List<Candidate<T>>>> byFirstStem = new TreeMap<>();
        private final boolean choices;

        private Builder(boolean choices) {
            this.choices = choices;
        }

        /** Adds a form; {@code origin} names the file and line for messages. */
        public Builder<T> add(String form, T value, String origin) {
            Pattern<T> p = Pattern.compile(form, value, choices, origin);
            for (Alternative alt : p.elements[0].compiled) {
                String key = alt.want.toLowerCase(Locale.ROOT);
                if (alt.stem) {
                    int length = Math.min(STEM_KEY, key.length());
                    byFirstStem.computeIfAbsent(length, k -> new HashMap<>())
                            .computeIfAbsent(prefixKey(key, length), k -> new ArrayList<>()).add(new Candidate<>(p, 0));
                } else {
                    int from = alt.caseSensitive || alt.capitalized ? 0 : 1;
                    byFirstToken.computeIfAbsent(key, k -> new ArrayList<>()).add(new Candidate<>(p, from));
                }
            }
            return this;
        }

        public PhraseMatcher<T> build() {
            List<StemIndex<T>> stems = byFirstStem.entrySet().stream().filter(e -> e.getKey() > 0) // an empty stem names no word
                    .map(e -> new StemIndex<>(e.getKey(), frozen(e.getValue()))).toList();
            return new PhraseMatcher<>(frozen(byFirstToken), stems);
        }

        private static <K, T> Map<K, Candidates<T>> frozen(Map<K, List<Candidate<T>>> index) {
            Map<K, Candidates<T>> out = new HashMap<>();
            index.forEach((k, v) -> out.put(k, new Candidates<>(v)));
            return out;
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
            if (firstTokens.mayContain(lower.hashCode())) {
                collect(tokens, i, byFirstToken.get(lower), out);
            }
            for (StemIndex<T> stems : byFirstStem) {
                if (stems.length > lower.length()) {
                    break;
                }
                collect(tokens, i, stems.get(prefixKey(lower, stems.length)), out);
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

    private void collect(List<Token> tokens, int start, Candidates<T> candidates, List<Match<T>> out) {
        if (candidates != null) {
            candidates.collect(tokens, start, out);
        }
    }

    /** A word a form's match has {@code element} tokens after its start, by the hash of its lower case. */
    private record Probe(int element, int hash) {
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
    private record Element(Alternative[] compiled, boolean gap) {
        Element(List<String> alternatives, boolean gap) {
            this(alternatives.stream().map(Alternative::of).toArray(Alternative[]::new), gap);
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
            for (String part : SPACES.split(form.trim())) {
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

        /**
         * The word a match must have at a fixed place after its first token, to rule the form out cheaply: of the
         * elements the form opens with before any gap, the last that is one word (no stem, no choice), since the
         * last tells most apart ("Republic of Korea": "korea"). Lower-cased as {@link Token#lower()}: a necessary
         * condition in every case rule.
         */
        Optional<Probe> probe() {
            Optional<Probe> last = Optional.empty();
            for (int el = 1; el < elements.length && !elements[el].gap; el++) {
                if (elements[el].compiled.length == 1 && !elements[el].compiled[0].stem) {
                    Alternative a = elements[el].compiled[0];
                    String lower = a.caseSensitive ? a.want.toLowerCase(Locale.ROOT) : a.want;
                    last = Optional.of(new Probe(el, lower.hashCode()));
                }
            }
            return last;
        }

        /** End token index of a match of elements {@code el...} from token {@code pos}, or -1. Gaps match lazily. */
        int matchFrom(List<Token> tokens, int pos, int el) {
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
