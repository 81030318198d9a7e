package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The dev corpus (third-party text, beside the repository in ../shared) through the store. */
class DevCorpusStoreTest {

    private static final Path DEV = Path.of("../../shared/corpus/dev/articles.jsonl");

    @Test
    void ingestingTwiceKeepsTheEventCountAndActorQueriesKeepTheirActor(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(DEV), "../shared is not beside the repository");
        Path db = dir.resolve("parley.duckdb");
        assertThat(CliRun.of("ingest", DEV.toString(), "--db", db.toString()).exit()).isZero();
        long events = StoreRows.count(db, "SELECT count(*) FROM events");
        assertThat(events).isPositive();
        assertThat(CliRun.of("ingest", DEV.toString(), "--db", db.toString()).exit()).isZero();
        assertThat(StoreRows.count(db, "SELECT count(*) FROM events")).isEqualTo(events);

        CliRun eu = CliRun.of("events", "--db", db.toString(), "--actor", "EU", "--format", "jsonl");
        assertThat(eu.exit()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = eu.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode e = json.readTree(line);
            List<String> codes = new ArrayList<>();
            e.get("source").forEach(a -> codes.add(a.get("code").asText()));
            e.get("target").forEach(a -> codes.add(a.get("code").asText()));
            assertThat(codes).as(line).contains("EU");
        }
    }
}
