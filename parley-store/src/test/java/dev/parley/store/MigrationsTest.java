package dev.parley.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {

    @Test
    void aNewStoreGetsEveryTableAndReopeningChangesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/parley.duckdb");
        try (Store store = Store.open(file)) {
            assertThat(Migrations.current(store.connection())).isEqualTo(Migrations.latest()).isPositive();
            for (String table : Store.TABLES) {
                assertThat(store.queryLong("SELECT count(*) FROM " + table)).as(table).isGreaterThanOrEqualTo(0);
            }
            assertThat(store.consolidationCurrent()).isTrue();
        }
        try (Store store = Store.open(file)) {
            assertThat(store.queryLong("SELECT count(*) FROM schema_version")).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void articlesStoredBeforeTextsWereKeptAreIngestedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parley.duckdb");
        try (Store store = Store.open(file)) {
            // the store as version 1 left it: an article with its hash, and no table of texts
            store.execute("DROP TABLE article_texts");
            store.execute("DELETE FROM schema_version WHERE version >= 2");
            store.execute("INSERT INTO articles (id, text_sha256, language, text_chars) VALUES ('a1', 'abc', 'en', 3)");
        }
        try (Store store = Store.open(file)) {
            assertThat(store.queryLong("SELECT count(*) FROM article_texts")).isZero();
            assertThat(store.queryLong("SELECT count(*) FROM articles WHERE text_sha256 = ''")).isEqualTo(1);
        }
    }

    @Test
    void aStoreFromANewerParleyIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parley.duckdb");
        try (Store store = Store.open(file)) {
            store.execute("INSERT INTO schema_version VALUES (" + (Migrations.latest() + 1) + ", 'from the future')");
        }
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer parley");
    }

    @Test
    void readingCommandsNameAMissingStoreAndAMissingParquetFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> Store.openExisting(dir.resolve("none.duckdb")))
                .hasMessageContaining("none.duckdb").hasMessageContaining("parley ingest");
        assertThatThrownBy(() -> Store.openParquet(dir)).hasMessageContaining("events.parquet")
                .hasMessageContaining("parley export");
    }

    @Test
    void aFileThatIsNotAStoreIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.duckdb");
        java.nio.file.Files.writeString(file, "not a database");
        assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.duckdb").hasMessageContaining("--db");
    }

    @Test
    void scriptsSplitAtSemicolonsThatEndALine() {
        assertThat(Migrations.statements("-- header\nCREATE TABLE a (x INT); \n\n-- note; not code\nCREATE TABLE b (y INT);\n"))
                .containsExactly("-- header\nCREATE TABLE a (x INT)", "-- note; not code\nCREATE TABLE b (y INT)");
    }

    @Test
    void theDefaultLocationFollowsXdg() {
        Path home = Path.of("/home/analyst");
        assertThat(StoreLocation.defaultFile(Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/parley/parley.duckdb"));
        assertThat(StoreLocation.defaultFile(Map.of(), home))
                .isEqualTo(Path.of("/home/analyst/.local/share/parley/parley.duckdb"));
        assertThat(StoreLocation.defaultFile(Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/analyst/.local/share/parley/parley.duckdb"));
    }
}
