package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Team-written flattened pages, one per boilerplate family and language (src/test/resources/clean/flat):
 * every line of NAME.keep survives as headline or body, every line of NAME.drop and NAME.caption does not.
 * Adding a case is adding its files.
 */
class BoilerplateFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/clean/flat");
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void keepsTheBodyAndDropsTheBoilerplate(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
        CleanArticle clean = PIPELINE.clean(Article.of(name, text));
        CleaningExpectations.check(clean, text, DIR.resolve(name));
    }
}
