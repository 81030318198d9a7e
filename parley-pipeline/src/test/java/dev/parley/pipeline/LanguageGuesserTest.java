package dev.parley.pipeline;

import dev.parley.pipeline.clean.LanguageGuesser;
import dev.parley.pipeline.lexicon.LexiconSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Team-written news paragraphs in the twelve languages (src/test/resources/language/paragraphs.tsv). */
class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser(LexiconSource.bundled());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/language/paragraphs.tsv", delimiter = '\t', numLinesToSkip = 1, maxCharsPerColumn = 10_000)
    void recognisesTheLanguageOfAParagraph(String language, String text) {
        assertThat(GUESSER.guess(text)).isEqualTo(language);
    }
}
