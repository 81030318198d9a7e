package dev.parley.pipeline.coding;

import dev.parley.api.DialogueSeries;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dialogue mechanism a sentence names (lexicon LANG/series.tsv): a known name ("strategic dialogue",
 * "2+2") or a capitalised name ending in a series noun ("Security and Defense Dialogue"), with the ordinal
 * before it ("the fourth", "the 5th session of the") and a periodicity ("biennial", "annual").
 * Immutable and thread-safe.
 */
final class SeriesFinder {

    private record Word(String kind, String value) {
    }

    private static final int ORDINAL_WINDOW = 5;
    private static final Pattern SUFFIXED_NUMBER = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th|e|er|ème|º|ª)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final int NAME_WORDS = 8;

    private final PhraseMatcher<Word> words;

    SeriesFinder(LexiconSource source, String language) {
        PhraseMatcher.Builder<Word> b = PhraseMatcher.gazetteer();
        for (TsvRow row : source.rows(language + "/series.tsv")) {
            b.add(row.get("form"), new Word(row.get("kind"), row.optional("value").orElse("")), row.origin());
        }
        this.words = b.build();
    }

    /** True when the sentence names a series or a series noun. */
    boolean mentionsSeries(List<Token> tokens) {
        return words.findLongest(tokens).stream().anyMatch(m -> !m.value().kind().equals("ordinal")
                && !m.value().kind().equals("periodicity"));
    }

    /** The series a sentence names, if any. */
    Optional<DialogueSeries> find(List<Token> tokens) {
        List<PhraseMatcher.Match<Word>> found = words.findLongest(tokens);
        Optional<String> periodicity = found.stream().filter(m -> m.value().kind().equals("periodicity"))
                .map(m -> m.value().value()).findFirst();
        for (PhraseMatcher.Match<Word> m : found) {
            String kind = m.value().kind();
            if (!kind.equals("name") && !kind.equals("noun")) {
                continue;
            }
            int from = kind.equals("name") ? m.from() : nameStart(tokens, m.from());
            if (kind.equals("noun") && m.from() - from < 1) {
                continue; // a bare "Dialogue" names no mechanism
            }
            String name = kind.equals("name") ? m.value().value() : Tokenizer.join(tokens, from, m.to());
            return Optional.of(new DialogueSeries(name, ordinal(tokens, found, from), periodicity, OptionalInt.empty()));
        }
        return Optional.empty();
    }

    /** Start of a capitalised name ending at a series noun: "Security and Defense Dialogue". */
    private static int nameStart(List<Token> t, int noun) {
        int i = noun;
        while (i > 0 && noun - i < NAME_WORDS) {
            Token prev = t.get(i - 1);
            boolean capital = prev.isWord() && prev.isCapitalized() && !prev.isNumber();
            // "and", "of" between two capitalised words of the name; not "dem" in "Bei dem Treffen"
            boolean joiner = i < noun && prev.isWord() && !prev.isCapitalized() && prev.text().length() <= 3
                    && i - 2 >= 0 && t.get(i - 2).isCapitalized();
            if (!capital && !joiner) {
                break;
            }
            i--;
        }
        while (i < noun && !t.get(i).isCapitalized()) {
            i++;
        }
        return i;
    }

    /** "the fourth", "the 5th session of the", "8th": a number shortly before the name. */
    private static OptionalInt ordinal(List<Token> t, List<PhraseMatcher.Match<Word>> found, int name) {
        for (PhraseMatcher.Match<Word> m : found) {
            if (m.value().kind().equals("ordinal") && m.to() <= name && name - m.to() <= ORDINAL_WINDOW) {
                return OptionalInt.of(Integer.parseInt(m.value().value()));
            }
        }
        for (int i = Math.max(0, name - ORDINAL_WINDOW); i < name; i++) {
            String s = t.get(i).lower();
            Matcher suffixed = SUFFIXED_NUMBER.matcher(s);
            if (suffixed.matches()) {
                return OptionalInt.of(Integer.parseInt(suffixed.group(1)));
            }
            if (NUMBER.matcher(s).matches() && i + 1 < t.size() && t.get(i + 1).text().equals(".")) {
                return OptionalInt.of(Integer.parseInt(s));
            }
        }
        return OptionalInt.empty();
    }

}
