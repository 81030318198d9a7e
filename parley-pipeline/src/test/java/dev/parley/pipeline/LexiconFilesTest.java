package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.pipeline.lexicon.LexiconSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;

/** Every bundled language's lexicon files load: a bad row fails here, naming its file and line. */
class LexiconFilesTest {

    private static final Pipeline PIPELINE = Pipeline.from(LexiconSource.bundled());

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "pt", "it", "id", "vi", "ru", "zh", "ja", "ar"})
    void everyLanguagesLexiconsLoad(String language) {
        assertThatCode(() -> PIPELINE.process(new Article("lexicon-" + language, "x", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(language)))).doesNotThrowAnyException();
    }
}
