package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parley ingest}: idempotence, replacement of changed articles, set-aside records, errors. */
class StoreIngestTest {

    private static final Path SAMPLE = Path.of("../corpus/sample/articles.jsonl");

    @Test
    void theSameInputTwiceAddsNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("parley.duckdb");
        CliRun first = CliRun.of("ingest", SAMPLE.toString(), "--db", db.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("24 articles added");
        Map<String, List<String>> before = StoreRows.all(db);
        assertThat(before.get("articles")).hasSize(24);
        assertThat(before.get("events")).isNotEmpty();
        assertThat(before.get("consolidated_events")).isNotEmpty();

        CliRun second = CliRun.of("ingest", SAMPLE.toString(), "--db", db.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).contains("0 articles added, 0 replaced, 24 unchanged");
        assertThat(StoreRows.all(db)).isEqualTo(before);
    }

    @Test
    void aChangedArticleReplacesItsEvents(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("parley.duckdb");
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, "{\"id\": \"story-1\", \"published\": \"2024-05-02\", \"text\": "
                + "\"Kenya and Ethiopia signed a border security agreement in Nairobi on Tuesday.\"}\n");
        Files.writeString(v2, "{\"id\": \"story-1\", \"published\": \"2024-05-02\", \"text\": "
                + "\"France and Germany signed an energy agreement in Paris on Tuesday.\"}\n");
        assertThat(CliRun.of("ingest", v1.toString(), "--db", db.toString()).exit()).isZero();
        assertThat(CliRun.of("events", "--db", db.toString(), "--format", "jsonl").out())
                .contains("\"code\":\"KEN\"").doesNotContain("\"code\":\"FRA\"");

        CliRun changed = CliRun.of("ingest", v2.toString(), "--db", db.toString());
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("0 articles added, 1 replaced");
        String events = CliRun.of("events", "--db", db.toString(), "--format", "jsonl").out();
        assertThat(events).contains("\"code\":\"FRA\"").doesNotContain("\"code\":\"KEN\"");
        assertThat(StoreRows.count(db, "SELECT count(*) FROM articles")).isEqualTo(1);
        assertThat(StoreRows.count(db, "SELECT count(*) FROM actors WHERE code = 'KEN'")).isZero();
        assertThat(StoreRows.count(db, "SELECT count(*) FROM consolidated_events WHERE list_contains(actor_codes, 'KEN')"))
                .isZero();
    }

    @Test
    void setAsideRecordsAreNamedAndTheRestIsStored(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("parley.duckdb");
        Path input = dir.resolve("mixed.jsonl");
        Path rejected = dir.resolve("rejected.jsonl");
        Files.writeString(input, "{\"id\": \"good\", \"text\": \"Kenya and Ethiopia signed a border agreement in Nairobi.\"}\n"
                + "{broken json\n");
        CliRun run = CliRun.of("ingest", input.toString(), "--db", db.toString(), "--rejected", rejected.toString());
        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains(input + ": line 2: not a JSON object").contains("1 set aside");
        assertThat(Files.readString(rejected)).contains("not a JSON object");
        assertThat(StoreRows.count(db, "SELECT count(*) FROM articles")).isEqualTo(1);
    }

    @Test
    void storeProblemsAreNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("events", "--db", dir.resolve("absent.duckdb").toString());
        assertThat(missing.exit()).isEqualTo(ParleyCommand.FAILED);
        assertThat(missing.err()).contains("absent.duckdb").contains("run parley ingest first");

        Path notAStore = dir.resolve("notes.duckdb");
        Files.writeString(notAStore, "shopping list");
        CliRun bad = CliRun.of("ingest", SAMPLE.toString(), "--db", notAStore.toString());
        assertThat(bad.exit()).isEqualTo(ParleyCommand.FAILED);
        assertThat(bad.err()).contains("notes.duckdb").contains("--db");

        assertThat(CliRun.of("events", "--db", notAStore.toString(), "--parquet", dir.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("export", "--db", notAStore.toString(), "--format", "xml", "-o", "x").err())
                .contains("unknown export format 'xml'");
    }
}
