package dev.parley.pipeline.clean;

import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language: by script for Cyrillic, Arabic, Chinese, Japanese, Korean and Thai,
 * by function words (lexicon/languages.tsv) for languages written in the Latin script.
 * Immutable and thread-safe.
 */
public final class LanguageGuesser {

    private final Map<String, Set<String>> profiles;

    public LanguageGuesser(LexiconSource source) {
        Map<String, Set<String>> p = new LinkedHashMap<>();
        for (TsvRow row : source.rows("languages.tsv")) {
            p.put(row.get("lang"), Set.of(row.get("words").split("\\s+")));
        }
        this.profiles = Map.copyOf(p);
    }

    /** The ISO 639-1 code of the language most of {@code text} is written in; "en" when nothing tells. */
    public String guess(CharSequence text) {
        int[] script = new int[6]; // latin, cyrillic, arabic, han, kana, hangul
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
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
        Map<String, Integer> score = new HashMap<>();
        List<Token> tokens = Tokenizer.tokenize(text, 0);
        for (Token t : tokens) {
            for (Map.Entry<String, Set<String>> e : profiles.entrySet()) {
                if (e.getValue().contains(t.lower())) {
                    score.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "en";
        int top = 0;
        for (Map.Entry<String, Set<String>> e : profiles.entrySet()) {
            int s = score.getOrDefault(e.getKey(), 0);
            if (s > top) {
                top = s;
                best = e.getKey();
            }
        }
        return best;
    }
}
