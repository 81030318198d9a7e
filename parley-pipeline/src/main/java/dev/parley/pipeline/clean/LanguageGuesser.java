package dev.parley.pipeline.clean;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a text's language: by script for Cyrillic, Arabic, Chinese, Japanese, Korean and Thai,
 * by function words (lexicon/languages.tsv) for languages written in the Latin script.
 * Immutable and thread-safe.
 */
public final class LanguageGuesser {

    private static final int LATIN_SAMPLE = 4_000;

    private final List<String> languages;
    /** function word -> indexes into {@link #languages} of the languages that use it */
    private final Map<String, int[]> profiles;
    /** The ASCII ones among {@link #profiles}. */
    private final AsciiWords asciiWords;
    /** The length of the longest function word, in chars. */
    private final int longestWord;

    public LanguageGuesser(LexiconSource source) {
        List<String> langs = new ArrayList<>();
        Map<String, int[]> p = new HashMap<>();
        for (TsvRow row : source.rows("languages.tsv")) {
            int index = langs.size();
            langs.add(row.get("lang"));
            for (String w : new LinkedHashSet<>(List.of(row.get("words").split("\\s+")))) {
                p.merge(w, new int[] {index}, (a, b) -> {
                    int[] c = Arrays.copyOf(a, a.length + 1);
                    c[a.length] = b[0];
                    return c;
                });
            }
        }
        this.languages = List.copyOf(langs);
        this.profiles = p;
        this.asciiWords = new AsciiWords(p);
        this.longestWord = p.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The ISO 639-1 code of the language most of {@code text} is written in; "en" when nothing tells. */
    public String guess(CharSequence text) {
        int[] script = new int[6]; // latin, cyrillic, arabic, han, kana, hangul
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                    script[0]++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case LATIN -> script[0]++;
                case CYRILLIC -> script[1]++;
                case ARABIC -> script[2]++;
                case HAN -> script[3]++;
                case HIRAGANA, KATAKANA -> script[4]++;
                case HANGUL -> script[5]++;
                default -> { }
            }
        }
        int best = 0;
        for (int k = 1; k < script.length; k++) {
            if (script[k] > script[best]) {
                best = k;
            }
        }
        return switch (best) {
            case 1 -> "ru";
            case 2 -> "ar";
            case 3 -> script[4] * 10 > script[3] ? "ja" : "zh";
            case 4 -> "ja";
            case 5 -> "ko";
            default -> latin(text.subSequence(0, limit));
        };
    }

    private String latin(CharSequence text) {
        int[] score = new int[languages.size()];
        Tokenizer.Cursor words = new Tokenizer.Cursor(text.subSequence(0, Math.min(text.length(), LATIN_SAMPLE)));
        while (words.next()) {
            if (words.end() - words.start() > longestWord) {
                continue; // no function word: no string made of it
            }
            int[] langs = languagesOf(text, words.start(), words.end());
            if (langs != null) {
                for (int l : langs) {
                    score[l]++;
                }
            }
        }
        int best = -1;
        int top = 0;
        for (int l = 0; l < score.length; l++) {
            if (score[l] > top) {
                top = score[l];
                best = l;
            }
        }
        return best < 0 ? "en" : languages.get(best);
    }

    /**
     * The languages that use the word {@code text[start, end)} as a function word, or null. An ASCII word is
     * looked up in {@link #asciiWords} straight from the text, with no string made of it: most words of a
     * Latin-script text are ASCII and no function word.
     */
    private int[] languagesOf(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return profiles.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + lower(c);
        }
        return asciiWords.get(hash, text, start, end);
    }

    /** An ASCII char in lower case, as {@link String#toLowerCase(Locale)} gives it. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** ASCII function words by the hash of their lower case, in open addressing, looked up from chars. */
    private static final class AsciiWords {
        private final String[] words;
        private final int[][] languages;
        private final int mask;

        AsciiWords(Map<String, int[]> profiles) {
            int size = Integer.highestOneBit(Math.max(16, profiles.size() * 4 - 1)) << 1;
            words = new String[size];
            languages = new int[size][];
            mask = size - 1;
            profiles.forEach((word, langs) -> {
                if (word.chars().allMatch(c -> c < 0x80) && word.equals(word.toLowerCase(Locale.ROOT))) {
                    int slot = word.hashCode() & mask;
                    while (words[slot] != null) {
                        slot = slot + 1 & mask;
                    }
                    words[slot] = word;
                    languages[slot] = langs;
                }
            });
        }

        /** @param hash the hash of {@code text[start, end)} in lower case, as {@link String#hashCode()} */
        int[] get(int hash, CharSequence text, int start, int end) {
            for (int slot = hash & mask; words[slot] != null; slot = slot + 1 & mask) {
                if (sameLowerCase(words[slot], text, start, end)) {
                    return languages[slot];
                }
            }
            return null;
        }

        private static boolean sameLowerCase(String word, CharSequence text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = text.charAt(start + i);
                if (lower(c) != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
