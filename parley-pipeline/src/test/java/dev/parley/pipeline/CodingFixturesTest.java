package dev.parley.pipeline;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.EventType;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-written sentences for every row of the coding conventions in the twelve languages, in active,
 * passive, nominal, future and negated forms (src/test/resources/coding/LANG.tsv). A row passes when an
 * event of the expected type and status has exactly the expected actors; a negated row passes when no
 * cooperative event is coded; a direction row, when source and target are each the expected ones. Reports accuracy per language and form and holds each language to its floor.
 */
class CodingFixturesTest {

    /**
     * Each language's accuracy when last measured, rounded down: a regression fails. Set when the passive,
     * nominal and negated forms of every row were completed in all twelve languages (the harder rows lowered
     * some floors; every earlier row still passes or fails as before).
     */
    private static final Map<String, Double> LANGUAGE_FLOORS = Map.ofEntries(Map.entry("en", 0.96),
            Map.entry("de", 0.77), Map.entry("fr", 0.90), Map.entry("es", 0.93), Map.entry("pt", 0.83),
            Map.entry("it", 0.81), Map.entry("id", 0.86), Map.entry("vi", 0.88), Map.entry("ru", 0.73),
            Map.entry("zh", 0.75), Map.entry("ja", 0.78), Map.entry("ar", 0.76));
    private static final Set<EventType> COOPERATIVE = Set.of(EventType.CONSULT, EventType.AGREE, EventType.SUPPORT,
            EventType.COOPERATE, EventType.AID);
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final Map<String, String> REPORT = new TreeMap<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "id", "vi", "ru", "zh", "ja", "ar"})
    void codesEachConventionsRow(String language) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/coding/" + language + ".tsv"),
                StandardCharsets.UTF_8);
        Map<String, int[]> byForm = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            boolean ok = passes(language, c);
            int[] tally = byForm.computeIfAbsent(c[1], k -> new int[2]);
            tally[0] += ok ? 1 : 0;
            tally[1]++;
            if (!ok) {
                failures.add(c[0] + "/" + c[1] + ": " + c[2]);
            }
        }
        int right = byForm.values().stream().mapToInt(t -> t[0]).sum();
        int all = byForm.values().stream().mapToInt(t -> t[1]).sum();
        REPORT.put(language, right + "/" + all + " " + byForm.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", ")));
        assertThat(right / (double) all).as("%s coding fixtures; failures:%n%s", language, String.join("\n", failures))
                .isGreaterThanOrEqualTo(LANGUAGE_FLOORS.get(language));
    }

    private static boolean passes(String language, String[] c) {
        List<Event> events = PIPELINE.process(new Article("coding", c[2], Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 3, 5)), Optional.of(language))).events();
        if (c[3].equals("-")) {
            return events.stream().noneMatch(e -> COOPERATIVE.contains(e.type()));
        }
        Set<String> expected = Stream.concat(Arrays.stream(c[6].split("\\s+")), Arrays.stream(c[7].split("\\s+")))
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        if (c[1].equals("direction")) { // who acts on whom: source and target each as expected
            return events.stream().anyMatch(e -> e.type().name().equals(c[3]) && e.status().code().equals(c[5])
                    && codes(e.source()).equals(codes(c[6])) && codes(e.target()).equals(codes(c[7])));
        }
        return events.stream().anyMatch(e -> e.type().name().equals(c[3]) && e.status().code().equals(c[5])
                && Stream.concat(e.source().stream(), e.target().stream()).map(Actor::code)
                .collect(Collectors.toSet()).equals(expected));
    }

    private static Set<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).collect(Collectors.toSet());
    }

    private static Set<String> codes(String cell) {
        return Arrays.stream(cell.split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    @AfterAll
    static void report() {
        System.out.println("coding fixtures: " + REPORT);
    }
}
