package dev.parley.io;

import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.pipeline.CleaningExpectations;
import dev.parley.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Team-written HTML pages, one per boilerplate family and language (src/test/resources/clean/html):
 * extracted and cleaned, every line of NAME.keep survives as headline or body, NAME.drop and NAME.caption
 * lines do not.
 */
class HtmlBoilerplateFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/clean/html");
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheBodyAndDropsTheBoilerplate(String name) throws IOException {
        String html = Files.readString(DIR.resolve(name + ".html"), StandardCharsets.UTF_8);
        Article article = HtmlArticleExtractor.extract(name, html, Optional.empty(), Optional.empty());
        CleanArticle clean = PIPELINE.clean(article);
        CleaningExpectations.check(clean, article.text(), DIR.resolve(name));
    }
}
