package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.Location;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.text.Tokenizer;
import dev.parley.pipeline.time.DateExpression;
import dev.parley.pipeline.time.DateFinder;
import dev.parley.pipeline.time.DateLexicon;
import dev.parley.pipeline.time.DateResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-written date expressions in twelve languages, each with its anchor date, tense and expected result
 * (src/test/resources/dates/LANG.tsv), and event sentences with the place they happened
 * (src/test/resources/places/places.tsv). Reports accuracy and holds it to floors.
 */
class DateAndPlaceFixturesTest {

    private static final double DATE_FLOOR = 0.8;
    private static final double PLACE_FLOOR = 0.6;
    private static final LexiconSource LEXICON = LexiconSource.bundled();
    private static final Pipeline PIPELINE = Pipeline.from(LEXICON);
    private static final Map<String, String> REPORT = new TreeMap<>();

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "id", "vi", "ru", "zh", "ja", "ar"})
    void resolvesDateExpressions(String language) throws IOException {
        DateLexicon lexicon = new DateLexicon(LEXICON, language);
        List<String> failures = new ArrayList<>();
        List<String[]> rows = rows(Path.of("src/test/resources/dates/" + language + ".tsv"));
        for (String[] r : rows) {
            List<DateExpression> found = DateFinder.find(Tokenizer.tokenize(r[0], 0), lexicon);
            String got = found.isEmpty() ? "(none)" : DateResolver.resolve(found.get(0),
                    Optional.of(LocalDate.parse(r[1])), r[2].equals("future"))
                    .map(x -> x.date() + x.end().map(e -> ".." + e).orElse("")).orElse("(unresolved)");
            if (!got.equals(r[3])) {
                failures.add(r[0] + " -> " + got + ", expected " + r[3]);
            }
        }
        double accuracy = (rows.size() - failures.size()) / (double) rows.size();
        REPORT.put("dates " + language, String.format("%d/%d", rows.size() - failures.size(), rows.size()));
        assertThat(accuracy).as("%s dates; failures:%n%s", language, String.join("\n", failures))
                .isGreaterThanOrEqualTo(DATE_FLOOR);
    }

    @Test
    void locatesEvents() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = rows(Path.of("src/test/resources/places/places.tsv"));
        int withEvent = 0;
        for (String[] r : rows) {
            List<Event> events = PIPELINE.process(new Article("place", r[1], Optional.empty(), Optional.empty(),
                    Optional.of(LocalDate.of(2024, 3, 5)), Optional.of(r[0]))).events();
            String expected = r[2].equals("-") ? "-" : r[2] + "/" + r[3];
            String got = events.isEmpty() ? "(no event)" : events.get(0).location()
                    .map(l -> l.place().orElse("") + "/" + l.country().orElse("")).orElse("-");
            withEvent += events.isEmpty() ? 0 : 1;
            if (!got.equals(expected)) {
                failures.add(r[0] + ": " + r[1] + " -> " + got + ", expected " + expected);
            }
        }
        double accuracy = (rows.size() - failures.size()) / (double) rows.size();
        REPORT.put("places", String.format("%d/%d (%d with an event)", rows.size() - failures.size(), rows.size(),
                withEvent));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(accuracy).as("places; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(PLACE_FLOOR);
    }

    @AfterAll
    static void report() {
        System.out.println("date and place fixtures: " + REPORT);
    }
}
