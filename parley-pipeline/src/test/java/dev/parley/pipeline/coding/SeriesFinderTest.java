package dev.parley.pipeline.coding;

import dev.parley.api.DialogueSeries;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Named dialogue mechanisms, and the capitalised words that name none. */
class SeriesFinderTest {

    private static Optional<String> series(String language, String sentence) {
        return new SeriesFinder(LexiconSource.bundled(), language).find(Tokenizer.tokenize(sentence, 0))
                .map(DialogueSeries::name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The ministers opened the fourth Security and Defence Dialogue in Canberra. | Security and Defence Dialogue
            en | Both sides agreed to revive the strategic dialogue next year.              | Strategic Dialogue
            de | Die Minister eröffneten den Strategischen Dialog in Berlin.                 | Strategic Dialogue
            """)
    void aNamedMechanismIsFound(String language, String sentence, String name) {
        assertThat(series(language, sentence)).contains(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Bei dem Treffen in Wien unterzeichneten die Minister ein Abkommen.
            de | Nach dem Gipfel reiste der Kanzler nach Rom weiter.
            en | At the Summit the leaders signed a joint declaration.
            """)
    void aPrepositionAndArticleBeforeTheNounNameNothing(String language, String sentence) {
        assertThat(series(language, sentence)).isEmpty();
    }
}
