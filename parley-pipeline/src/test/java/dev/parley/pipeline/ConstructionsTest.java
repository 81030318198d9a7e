package dev.parley.pipeline;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team-written sentences for constructions the public validation sets showed the coder missing (issue 5):
 * groups named by their role, domestic sides, targets in a trigger's gap, places as targets, receiving from,
 * refinements that change the type (src/test/resources/coding/constructions-en.tsv). Each row must be coded
 * exactly: type, CAMEO code, source and target. A row whose type is "-" must give no event with its CAMEO code:
 * words that look like a trigger and report no such act ("urged Lithuania to impose sanctions").
 */
class ConstructionsTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<Arguments> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/coding/constructions-en.tsv"),
                StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).map(c -> Arguments.of(c[0], c[1], c[2], c[3], c[4], c[5]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void codesTheConstruction(String construction, String sentence, String type, String cameo, String source,
                              String target) {
        List<Event> events = PIPELINE.process(new Article(construction, sentence, Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 3, 5)), Optional.of("en"))).events();
        if (type.equals("-")) {
            assertThat(events).as(sentence).noneSatisfy(e -> assertThat(e.cameo()).isEqualTo(cameo));
            return;
        }
        assertThat(events).as(sentence).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo(type);
            assertThat(e.cameo()).isEqualTo(cameo);
            assertThat(e.source().stream().map(Actor::code).toList()).isEqualTo(List.of(source));
            assertThat(e.target().stream().map(Actor::code).toList()).isEqualTo(List.of(target));
        });
    }
}
