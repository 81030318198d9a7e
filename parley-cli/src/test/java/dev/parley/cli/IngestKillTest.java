package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real kill: an ingesting child process is destroyed mid-run; the store it leaves is consistent, and
 * running the ingest again gives, row for row, the store an uninterrupted run gives.
 */
class IngestKillTest {

    private static final int ARTICLES = 3_000;

    @Test
    void aKilledIngestResumesToTheSameStore(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir.resolve("corpus.jsonl"));
        Path whole = dir.resolve("whole.duckdb");
        Path killed = dir.resolve("killed.duckdb");

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                ParleyCommand.class.getName(), "ingest", corpus.toString(), "--db", killed.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder childErr = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                childErr.append(line).append('\n');
                if (line.startsWith("parley ingest: ") && line.contains(" records")) {
                    break; // the first batch is committed: kill it now, mid-run
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(childErr).as("the child's stderr").contains("parley ingest: ");

        long articles = StoreRows.count(killed, "SELECT count(*) FROM articles");
        assertThat(articles).as("committed before the kill").isPositive().isLessThan(ARTICLES);
        assertThat(articles % 256).as("whole batches only").isZero();
        assertThat(StoreRows.count(killed, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)")).isZero();
        assertThat(StoreRows.count(killed, "SELECT count(*) FROM actors WHERE event_id NOT IN (SELECT id FROM events)")).isZero();
        assertThat(StoreRows.count(killed, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM events)"))
                .isLessThan(articles);
        try (Store store = Store.openExisting(killed)) {
            assertThat(store.consolidationCurrent()).isFalse();
        }

        CliRun resumed = CliRun.of("ingest", corpus.toString(), "--db", killed.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(articles + " unchanged");
        CliRun uninterrupted = CliRun.of("ingest", corpus.toString(), "--db", whole.toString());
        assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();

        Map<String, List<String>> expected = StoreRows.all(whole);
        Map<String, List<String>> actual = StoreRows.all(killed);
        assertThat(expected.get("articles")).hasSize(ARTICLES);
        assertThat(expected.get("article_duplicates")).isNotEmpty();
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).isEqualTo(expected.get(table));
        }
    }

    /**
     * {@value #ARTICLES} short generated articles, two event sentences each between states of a small list, on
     * days of early 2024; every tenth repeats an earlier article's text under its own id and URL (a syndicated
     * copy). Seeded: the same corpus on every run.
     */
    private static Path corpus(Path file) throws Exception {
        String[][] states = {{"Kenya", "Nairobi"}, {"Ethiopia", "Addis Ababa"}, {"France", "Paris"}, {"Germany", "Berlin"},
                {"Japan", "Tokyo"}, {"India", "New Delhi"}, {"Brazil", "Brasilia"}, {"Canada", "Ottawa"}, {"Egypt", "Cairo"},
                {"Indonesia", "Jakarta"}, {"Poland", "Warsaw"}, {"Spain", "Madrid"}, {"Vietnam", "Hanoi"}};
        String[] sentences = {"%1$s and %3$s signed a %5$s agreement in %2$s on %6$s.",
                "The foreign ministers of %1$s and %3$s met in %4$s on %6$s to discuss %5$s.",
                "%1$s imposed sanctions on %3$s on %6$s, officials said.",
                "%1$s and %3$s agreed to expand %5$s cooperation during talks in %2$s on %6$s."};
        String[] topics = {"trade", "energy", "border security", "maritime security", "health"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
        Random random = new Random(2024);
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String text;
                if (i % 10 == 9) {
                    text = texts.get(random.nextInt(texts.size()));
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0; k < 2; k++) {
                        String[] a = states[random.nextInt(states.length)];
                        String[] other = states[random.nextInt(states.length)];
                        while (other == a) {
                            other = states[random.nextInt(states.length)];
                        }
                        b.append(String.format(sentences[random.nextInt(sentences.length)], a[0], a[1], other[0], other[1],
                                topics[random.nextInt(topics.length)], days[random.nextInt(days.length)])).append(' ');
                    }
                    text = b.toString().strip();
                }
                texts.add(text);
                ObjectNode article = json.createObjectNode();
                article.put("id", String.format("generated-%05d", i));
                article.put("url", "https://outlet" + i % 7 + ".example/" + i);
                article.put("published", LocalDate.of(2024, 1, 1).plusDays(i % 60).toString());
                article.put("text", text);
                w.write(json.writeValueAsString(article));
                w.write('\n');
            }
        }
        return file;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
