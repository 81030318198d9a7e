package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.api.BlockKind;
import dev.parley.api.CleanArticle;
import dev.parley.api.Removal;
import dev.parley.api.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static final String PAGE = """
            Home
            World
            Politics
            Business
            Sports
            Chile, Peru agree to hold naval talks

            By Ana Torres
            Published : Mar 3, 2023 - 10:15

            The foreign ministers of Chile and Peru during their meeting (Photo: Ministry handout)

            LIMA (Andina) – Chile and Peru agreed on Thursday to hold annual naval talks, the foreign ministry said.
            The two ministers also discussed border security and fisheries. Mr. Rojas thanked his counterpart.

            RELATED NEWS
            Peru and Bolivia sign water accord
            Chile hosts Pacific summit
            Copyright 2023 Example Media. All rights reserved.
            """;

    private static CleanArticle clean(String text) {
        return PIPELINE.clean(new Article("t1", text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static List<String> texts(CleanArticle a, BlockKind kind) {
        return a.sentences().stream().filter(s -> s.kind() == kind).map(Sentence::text).toList();
    }

    @Test
    void keepsHeadlineBodyAndCaptionApartAndRemovesTheRestWithReasons() {
        CleanArticle a = clean(PAGE);
        assertThat(texts(a, BlockKind.HEADLINE)).containsExactly("Chile, Peru agree to hold naval talks");
        assertThat(texts(a, BlockKind.BODY)).containsExactly(
                "Chile and Peru agreed on Thursday to hold annual naval talks, the foreign ministry said.",
                "The two ministers also discussed border security and fisheries.",
                "Mr. Rojas thanked his counterpart.");
        assertThat(texts(a, BlockKind.CAPTION)).singleElement().asString().contains("(Photo: Ministry handout)");
        assertThat(a.removed()).extracting(Removal::reason)
                .contains("navigation menu", "byline", "publication date line", "related-news list",
                        "after the end of the article");
        assertThat(a.removed().stream().map(r -> r.span().of(PAGE)))
                .contains("Peru and Bolivia sign water accord", "Chile hosts Pacific summit");
    }

    @Test
    void readsDatelineAndPublicationDateFromTheText() {
        CleanArticle a = clean(PAGE);
        assertThat(a.publishedInText()).contains(LocalDate.of(2023, 3, 3));
        assertThat(a.dateline()).isPresent();
        assertThat(a.dateline().get().place()).isEqualTo("LIMA");
        assertThat(a.dateline().get().agency()).contains("Andina");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.author()).contains("Ana Torres");
        assertThat(a.referenceDateSource()).isEqualTo("text");
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        CleanArticle a = clean(PAGE);
        for (Sentence s : a.sentences()) {
            assertThat(PAGE.substring(s.span().start(), s.span().end())).isEqualTo(s.text());
        }
    }

    @Test
    void aCaptionInAnotherLanguageKeepsItsOwnLanguage() {
        CleanArticle a = clean("Thailand and Vietnam signed a memorandum on border trade in Hanoi on Monday, officials said.\n"
                + "The two ministers also discussed fisheries and the security of shipping lanes in the region.\n"
                + "Bộ trưởng Ngoại giao hai nước tại lễ ký kết biên bản ghi nhớ ở Hà Nội (Ảnh: TTXVN)\n");
        assertThat(a.language()).isEqualTo("en");
        Sentence caption = a.sentences().stream().filter(s -> s.kind() == BlockKind.CAPTION).findFirst().orElseThrow();
        assertThat(caption.language()).isEqualTo("vi");
        assertThat(a.sentences().get(0).language()).isEqualTo("en");
    }

    @Test
    void germanOrdinalsDoNotEndSentences() {
        CleanArticle a = clean("Am 30. Jahrestag der Beziehungen trafen sich die Minister am 4. März in Berlin. "
                + "Beide Seiten unterzeichneten ein Abkommen.");
        assertThat(a.language()).isEqualTo("de");
        assertThat(texts(a, BlockKind.BODY)).hasSize(2);
    }

    @Test
    void aSentenceBrokenOverTwoLinesIsJoined() {
        CleanArticle a = clean("Officials said the dialogue between the two sides was launched in\n\n2015 and is held yearly.");
        assertThat(texts(a, BlockKind.BODY)).singleElement().asString().startsWith("Officials said").endsWith("yearly.");
    }

    @Test
    void emptyAndOddInputGiveNoSentencesButNoError() {
        assertThat(clean("   \n\n").sentences()).isEmpty();
        assertThat(clean("x").sentences()).isEmpty();
        assertThat(clean("\u202E\u0000 ))) ((( ...").sentences()).allSatisfy(s -> assertThat(s.text()).isNotBlank());
    }
}
