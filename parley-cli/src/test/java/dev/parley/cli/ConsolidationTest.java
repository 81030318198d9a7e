package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports of one meeting from four outlets and a syndicated copy (team-written fictional articles) become one
 * consolidated event; a second meeting of the same ministers months later stays apart.
 */
class ConsolidationTest {

    static final String REPORTS = "/dev/parley/cli/store/issue-7-kenya-ethiopia-reports.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path reports(Path dir) throws Exception {
        Path file = dir.resolve("reports.jsonl");
        try (InputStream in = ConsolidationTest.class.getResourceAsStream(REPORTS)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void reportsFromSeveralOutletsBecomeOneEventWithEverySource(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("parley.duckdb");
        assertThat(CliRun.of("ingest", reports(dir).toString(), "--db", db.toString()).exit()).isZero();

        CliRun run = CliRun.of("events", "--db", db.toString(), "--consolidated", "--dyad", "KEN,ETH", "--type", "CONSULT",
                "--format", "jsonl");
        List<JsonNode> events = run.out().lines().map(ConsolidationTest::json).toList();
        assertThat(events).hasSize(2);
        JsonNode may = events.get(0);
        assertThat(may.get("date").asText()).isEqualTo("2024-05-07");
        assertThat(may.get("location").get("place").asText()).isEqualTo("Nairobi");
        assertThat(may.get("articles").asInt()).isEqualTo(5);
        assertThat(may.get("independent_articles").asInt()).isEqualTo(4);
        assertThat(may.get("first_seen").asText()).isEqualTo("2024-05-07");
        assertThat(may.get("last_seen").asText()).isEqualTo("2024-05-20");
        assertThat(texts(may.get("sources"))).containsExactlyInAnyOrder(
                "https://horndaily.example/politics/kenya-ethiopia-talks",
                "https://partner-news.example/syndication/kenya-ethiopia-border",
                "https://eawire.example/news/2024/05/07/ministers-meet",
                "https://addisherald.example/world/alemu-wanjiru",
                "https://regionaltimes.example/africa/kenya-ethiopia");
        List<String> docs = new ArrayList<>();
        may.get("reports").forEach(r -> docs.add(r.get("doc").asText()));
        assertThat(docs).containsExactlyInAnyOrder("horn-daily-1", "horn-daily-1-partner", "east-africa-wire-7",
                "addis-herald-33", "regional-times-2");
        JsonNode september = events.get(1);
        assertThat(september.get("date").asText()).isEqualTo("2024-09-12");
        assertThat(september.get("articles").asInt()).isEqualTo(1);

        assertThat(StoreRows.count(db, "SELECT count(*) FROM article_duplicates WHERE article_id = 'horn-daily-1-partner' "
                + "AND duplicate_of = 'horn-daily-1' AND similarity >= 0.8")).isEqualTo(1);
        assertThat(StoreRows.count(db, "SELECT count(*) FROM article_duplicates")).isEqualTo(1);

        String perArticle = CliRun.of("events", "--db", db.toString(), "--dyad", "ETH,KEN", "--type", "CONSULT",
                "--format", "jsonl").out();
        assertThat(perArticle.lines()).hasSize(6);

        List<String> timeline = CliRun.of("timeline", "KEN", "ETH", "--db", db.toString(), "--format", "csv").out()
                .lines().skip(1).toList();
        assertThat(timeline).hasSizeGreaterThanOrEqualTo(3);
        assertThat(timeline.get(timeline.size() - 1)).contains("2024-09-12");
    }

    @Test
    void consolidationIsTheSameWhateverTheIngestOrder(@TempDir Path dir) throws Exception {
        Path forward = reports(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(forward, StandardCharsets.UTF_8));
        Collections.reverse(lines);
        Path backward = dir.resolve("reversed.jsonl");
        Files.write(backward, lines, StandardCharsets.UTF_8);
        Path a = dir.resolve("a.duckdb");
        Path b = dir.resolve("b.duckdb");
        assertThat(CliRun.of("ingest", forward.toString(), "--db", a.toString()).exit()).isZero();
        Path half = dir.resolve("half.jsonl");
        Files.write(half, lines.subList(0, 3), StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", half.toString(), "--db", b.toString()).exit()).isZero();
        assertThat(CliRun.of("ingest", backward.toString(), "--db", b.toString()).exit()).isZero();
        Map<String, List<String>> left = StoreRows.all(a);
        Map<String, List<String>> right = StoreRows.all(b);
        for (String table : List.of("consolidated_events", "consolidated_reports", "article_duplicates", "events")) {
            assertThat(right.get(table)).as(table).isEqualTo(left.get(table));
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
