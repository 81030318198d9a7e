package dev.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.Sentence;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On the shared dev corpus (read from ../shared, skipped when it is absent): every gold evidence sentence,
 * of events and of background events, survives cleaning, and every article's language is recognised.
 */
class DevCorpusCleaningTest {

    private static final Path DEV = Path.of("../../shared/corpus/dev");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static List<JsonNode> articles() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "../shared is not beside the repository");
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(DEV.resolve("articles.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static CleanArticle clean(JsonNode a) {
        Optional<LocalDate> published = Optional.ofNullable(a.get("published")).filter(JsonNode::isTextual)
                .map(p -> LocalDate.parse(p.asText().substring(0, 10)));
        return PIPELINE.clean(new Article(a.get("id").asText(), a.get("text").asText(), Optional.empty(),
                Optional.empty(), published, Optional.empty()));
    }

    @Test
    void everyGoldEvidenceSentenceSurvivesCleaning() throws Exception {
        List<String> lost = new ArrayList<>();
        for (JsonNode a : articles()) {
            CleanArticle clean = clean(a);
            String kept = fold(clean.sentences().stream().map(Sentence::text).collect(Collectors.joining(" ")));
            JsonNode gold = JSON.readTree(DEV.resolve("gold").resolve(a.get("id").asText() + ".json").toFile());
            for (String list : List.of("events", "background_events")) {
                for (JsonNode e : gold.path(list)) {
                    String evidence = fold(e.path("evidence").asText());
                    if (!evidence.isEmpty() && !kept.contains(evidence)) {
                        lost.add(a.get("id").asText() + " " + list + ": " + evidence);
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    @Test
    void everyDevArticlesLanguageIsRecognised() throws Exception {
        for (JsonNode a : articles()) {
            JsonNode gold = JSON.readTree(DEV.resolve("gold").resolve(a.get("id").asText() + ".json").toFile());
            assertThat(clean(a).language()).as(a.get("id").asText()).isEqualTo(gold.get("language").asText());
        }
    }
}
