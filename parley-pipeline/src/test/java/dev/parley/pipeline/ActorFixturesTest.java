package dev.parley.pipeline;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.lexicon.LexiconSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-written sentences in the twelve languages with the actors an analyst sees in them
 * (src/test/resources/actors/LANG.tsv: metonyms, counterparts, titles before and after names, ambiguous
 * capitals, places and newspapers that are no actors). A row may also list officials ({@code name=CODE; ...})
 * whose mentions must carry that state or organisation: {@code name} is the person's name or the words of a
 * later mention ("He", "Vinh"). Reports each language's accuracy and holds it to a floor, so a regression
 * fails while known hard cases stay visible in the report.
 */
class ActorFixturesTest {

    private static final double LANGUAGE_FLOOR = 0.75;
    private static final Path DIR = Path.of("src/test/resources/actors");
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final Map<String, LanguageLexicon> LEXICONS = new ConcurrentHashMap<>();
    private static final MentionFinder FINDER = new MentionFinder(
            l -> LEXICONS.computeIfAbsent(l, x -> new LanguageLexicon(LexiconSource.bundled(), x)));
    private static final Map<String, String> REPORT = new TreeMap<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "id", "vi", "ru", "zh", "ja", "ar"})
    void recognisesTheActorsOfEachSentence(String language) throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(DIR.resolve(language + ".tsv"), StandardCharsets.UTF_8);
        int rows = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows++;
            Set<String> expected = Arrays.stream(cells[1].trim().split("\\s+")).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
            List<Mention> mentions = mentions(language, cells[0]);
            Set<String> found = mentions.stream().map(Mention::actor).flatMap(Optional::stream).map(Actor::code)
                    .collect(Collectors.toSet());
            List<String> wrong = new ArrayList<>();
            if (!found.equals(expected)) {
                wrong.add(found + ", expected " + expected);
            }
            for (String official : cells.length > 3 ? cells[3].split(";") : new String[0]) {
                if (!official.isBlank() && !hasOfficial(cells[0], mentions, official.trim())) {
                    wrong.add("no official " + official.trim());
                }
            }
            if (!wrong.isEmpty()) {
                failures.add(cells[0] + " -> " + String.join("; ", wrong));
            }
        }
        double accuracy = (rows - failures.size()) / (double) rows;
        REPORT.put(language, String.format("%d/%d (%.2f)", rows - failures.size(), rows, accuracy));
        assertThat(rows).isGreaterThanOrEqualTo(20);
        assertThat(accuracy).as("%s actor accuracy; failures:%n%s", language, String.join("\n", failures))
                .isGreaterThanOrEqualTo(LANGUAGE_FLOOR);
    }

    private static List<Mention> mentions(String language, String sentence) {
        CleanArticle clean = PIPELINE.clean(new Article("fixture", sentence, Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 3, 5)), Optional.of(language)));
        return FINDER.recognize(clean).stream().flatMap(List::stream).toList();
    }

    /** {@code name=CODE}: an official named so, or mentioned with these words, acts for CODE. */
    private static boolean hasOfficial(String text, List<Mention> mentions, String expected) {
        String name = expected.substring(0, expected.lastIndexOf('=')).trim();
        String code = expected.substring(expected.lastIndexOf('=') + 1).trim();
        return mentions.stream().anyMatch(m -> m.kind() == MentionKind.OFFICIAL
                && (m.person().filter(name::equals).isPresent()
                || text.substring(m.span().start(), m.span().end()).equals(name))
                && m.actor().map(Actor::code).filter(code::equals).isPresent());
    }

    @AfterAll
    static void report() {
        System.out.println("actor fixtures, exact actor sets: " + REPORT);
    }
}
