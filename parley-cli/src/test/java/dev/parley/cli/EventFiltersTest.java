package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.store.PartialDates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every filter of {@code parley events}: what the store returns is exactly what the same filter, written
 * out in Java, keeps of {@code parley extract}'s output for the same articles.
 */
class EventFiltersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static Path db;
    private static List<String> extracted;

    @BeforeAll
    static void ingest() throws Exception {
        Path reports = ConsolidationTest.reports(dir);
        Path sample = Path.of("../corpus/sample/articles.jsonl");
        db = dir.resolve("parley.duckdb");
        CliRun run = CliRun.of("ingest", sample.toString(), reports.toString(), "--db", db.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        extracted = new ArrayList<>();
        for (Path input : List.of(sample, reports)) {
            CliRun extract = CliRun.of("extract", input.toString());
            assertThat(extract.exit()).isZero();
            extracted.addAll(extract.out().lines().toList());
        }
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(List.of("--actor", "KEN"), codes(c -> c.contains("KEN"))),
                Arguments.of(List.of("--actor", "ken"), codes(c -> c.contains("KEN"))),
                Arguments.of(List.of("--dyad", "ETH,KEN"), codes(c -> c.contains("KEN") && c.contains("ETH"))),
                Arguments.of(List.of("--type", "consult"), field("type", "CONSULT")),
                Arguments.of(List.of("--mode", "meet"), field("mode", "meet")),
                Arguments.of(List.of("--status", "occurred"), field("status", "occurred")),
                Arguments.of(List.of("--since", "2024-09"), since(LocalDate.of(2024, 9, 1))),
                Arguments.of(List.of("--until", "2024-05"), until(LocalDate.of(2024, 5, 31))),
                Arguments.of(List.of("--place", "nairobi"), place("Nairobi")),
                Arguments.of(List.of("--place", "ETH"), country("ETH")),
                Arguments.of(List.of("--text", "TOP diplomat"), words("top", "diplomat")),
                Arguments.of(List.of("--actor", "KEN", "--type", "CONSULT", "--since", "2024-05-07", "--until", "2024-05-31",
                        "--place", "Nairobi"), codes(c -> c.contains("KEN")).and(field("type", "CONSULT"))
                        .and(since(LocalDate.of(2024, 5, 7))).and(until(LocalDate.of(2024, 5, 31))).and(place("Nairobi"))));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void theStoreReturnsWhatTheFilterKeeps(List<String> filter, Predicate<JsonNode> keeps) throws Exception {
        List<String> expected = extracted.stream().filter(line -> keeps.test(json(line))).sorted().toList();
        assertThat(expected).as("the fixture has events for " + filter).isNotEmpty();
        assertThat(query(filter)).isEqualTo(expected);
    }

    @Test
    void seriesFilterKeepsTheSessionsOfASeries() throws Exception {
        Optional<String> name = extracted.stream().map(EventFiltersTest::json).filter(e -> !e.get("series").isNull())
                .map(e -> e.get("series").get("name").asText()).findFirst();
        assumeTrue(name.isPresent(), "the pipeline found no dialogue series in these articles");
        List<String> expected = extracted.stream().filter(l -> {
            JsonNode s = json(l).get("series");
            return !s.isNull() && s.get("name").asText().equalsIgnoreCase(name.get());
        }).sorted().toList();
        assertThat(query(List.of("--series", name.get().toUpperCase(Locale.ROOT)))).isEqualTo(expected);
        String series = CliRun.of("series", "--db", db.toString(), "--format", "csv").out();
        assertThat(series).startsWith("name,periodicity,founded,events,first,last").contains(name.get());
    }

    @Test
    void likeWildcardsInTextAreLiteralAndUnknownValuesAreUsageErrors() throws Exception {
        assertThat(query(List.of("--text", "100%_"))).isEmpty();
        assertThat(CliRun.of("events", "--db", db.toString(), "--type", "MEETING").err()).contains("unknown type 'MEETING'");
        assertThat(CliRun.of("events", "--db", db.toString(), "--status", "done").exit()).isEqualTo(2);
        assertThat(CliRun.of("events", "--db", db.toString(), "--since", "May 2024").err()).contains("'May 2024'");
        assertThat(CliRun.of("events", "--db", db.toString(), "--dyad", "KEN").err()).contains("two actor codes");
        assertThat(CliRun.of("events", "--db", db.toString(), "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void consolidatedEventsAreFilteredToo() throws Exception {
        CliRun run = CliRun.of("events", "--db", db.toString(), "--consolidated", "--actor", "KEN", "--since", "2024-09",
                "--place", "Addis Ababa", "--text", "second round", "--format", "jsonl");
        List<JsonNode> events = run.out().lines().map(EventFiltersTest::json).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("date").asText()).isEqualTo("2024-09-12");
        List<String> all = CliRun.of("events", "--db", db.toString(), "--consolidated", "--format", "jsonl").out()
                .lines().toList();
        assertThat(all.size()).isLessThan(extracted.size());
    }

    @Test
    void tableAndCsvCarryTheSameEvents() throws Exception {
        int expected = query(List.of("--actor", "KEN")).size();
        String table = CliRun.of("events", "--db", db.toString(), "--actor", "KEN").out();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("date").contains("evidence");
        assertThat(table.lines()).hasSize(expected + 2);
        List<List<String>> csv = Csv.parse(CliRun.of("events", "--db", db.toString(), "--actor", "KEN", "--format", "csv").out());
        assertThat(csv).hasSize(expected + 1).allSatisfy(row -> assertThat(row).hasSize(21));
        assertThat(csv.get(0)).startsWith("id", "doc", "date");
        String actors = CliRun.of("actors", "--db", db.toString(), "--format", "jsonl").out();
        assertThat(actors).contains("\"code\":\"KEN\"");
    }

    private static List<String> query(List<String> filter) {
        List<String> args = new ArrayList<>(List.of("events", "--db", db.toString(), "--format", "jsonl"));
        args.addAll(filter);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().lines().sorted().toList();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static Predicate<JsonNode> codes(Predicate<Set<String>> test) {
        return e -> {
            Set<String> codes = new HashSet<>();
            e.get("source").forEach(a -> codes.add(a.get("code").asText()));
            e.get("target").forEach(a -> codes.add(a.get("code").asText()));
            return test.test(codes);
        };
    }

    private static Predicate<JsonNode> field(String name, String value) {
        return e -> e.get(name).asText().equals(value);
    }

    private static Predicate<JsonNode> since(LocalDate day) {
        return e -> !e.get("date").isNull() && !PartialDates.parse(text(e, e.get("date_end").isNull() ? "date" : "date_end"))
                .end().isBefore(day);
    }

    private static Predicate<JsonNode> until(LocalDate day) {
        return e -> !e.get("date").isNull() && !PartialDates.parse(text(e, "date")).start().isAfter(day);
    }

    private static Predicate<JsonNode> place(String place) {
        return e -> !e.get("location").isNull() && e.get("location").get("place").asText().equalsIgnoreCase(place);
    }

    private static Predicate<JsonNode> country(String code) {
        return e -> !e.get("location").isNull() && e.get("location").get("country").asText().equals(code);
    }

    private static Predicate<JsonNode> words(String... words) {
        return e -> {
            for (String word : words) {
                boolean found = false;
                for (JsonNode span : e.get("evidence")) {
                    found |= span.get("text").asText().toLowerCase(Locale.ROOT).contains(word);
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String text(JsonNode e, String field) {
        return e.get(field).asText();
    }
}
