package dev.parley.pipeline;

import dev.parley.pipeline.lexicon.LexiconException;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Tokenizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhraseMatcherTest {

    private static PhraseMatcher<String> gazetteer(String... forms) {
        PhraseMatcher.Builder<String> b = PhraseMatcher.gazetteer();
        for (String f : forms) {
            b.add(f, f, "test");
        }
        return b.build();
    }

    private static java.util.List<String> found(PhraseMatcher<String> m, String text) {
        return m.findLongest(Tokenizer.tokenize(text, 0)).stream().map(PhraseMatcher.Match::value).toList();
    }

    @Test
    void capitalFormsMatchOnlyCapitals() {
        PhraseMatcher<String> m = gazetteer("US", "UN", "Vietnam");
        assertThat(found(m, "us and un envoys in VIETNAM")).containsExactly("Vietnam");
        assertThat(found(m, "the US and the UN")).containsExactly("US", "UN");
    }

    @Test
    void longestFormWinsAndPunctuationIsPartOfTheForm() {
        PhraseMatcher<String> m = gazetteer("Korea", "S. Korea", "Korean Peninsula");
        assertThat(found(m, "S. Korea and the Korean Peninsula")).containsExactly("S. Korea", "Korean Peninsula");
    }

    @Test
    void stemsMatchInflectedWords() {
        PhraseMatcher<String> m = gazetteer("russisch*");
        assertThat(found(m, "die russischen und russische Diplomaten")).containsExactly("russisch*", "russisch*");
        assertThat(found(m, "Russland")).isEmpty();
    }

    @Test
    void cjkFormsMatchWithoutSpaces() {
        PhraseMatcher<String> m = gazetteer("北约");
        assertThat(found(m, "北约秘书长")).containsExactly("北约");
    }

    @Test
    void choicesAndGapsAndTheHeavierFormWins() {
        PhraseMatcher.Builder<String> b = PhraseMatcher.withChoices();
        b.add("called|call off", "cancel", "t").add("called|call ~ for", "appeal", "t").add("held|hold ~ talks", "meet", "t");
        PhraseMatcher<String> m = b.build();
        assertThat(m.findLongest(Tokenizer.tokenize("Washington called off the talks for now", 0)))
                .extracting(PhraseMatcher.Match::value).containsExactly("cancel");
        assertThat(m.findLongest(Tokenizer.tokenize("they held two rounds of talks", 0)))
                .extracting(PhraseMatcher.Match::value).containsExactly("meet");
    }

    @Test
    void aBadFormFailsNamingItsOrigin() {
        assertThatThrownBy(() -> PhraseMatcher.withChoices().add("~ talks", "x", "en/predicates.tsv:9"))
                .isInstanceOf(LexiconException.class).hasMessageContaining("en/predicates.tsv:9");
    }
}
