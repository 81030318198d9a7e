package dev.parley.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after cleaning and segmentation: the sentences worth reading, what was removed and
 * why, and what the text itself says about the article.
 *
 * @param article        the article as it arrived
 * @param language       ISO 639-1 code of the article's main language
 * @param sentences      headline, body and caption sentences in text order
 * @param removed        boilerplate set aside, with reasons
 * @param dateline       the dateline, if the story opens with one
 * @param publishedInText the publication date the text states ("Published : Jun 24, 2021"), if any
 * @param author         the author named in a byline, if any; never an actor
 */
public record CleanArticle(Article article, String language, List<Sentence> sentences, List<Removal> removed,
                           Optional<Dateline> dateline, Optional<java.time.LocalDate> publishedInText,
                           Optional<String> author) {
    public CleanArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(publishedInText, "publishedInText");
        Objects.requireNonNull(author, "author");
    }

    /**
     * The article's reference date: the date stated in the text, else the feed's. A feed date is often
     * missing or wrong (the crawl date); a date the page states is what the text supports.
     */
    public Optional<java.time.LocalDate> referenceDate() {
        return publishedInText.or(article::published);
    }

    /** Where {@link #referenceDate()} comes from: "text", "record", or "none". */
    public String referenceDateSource() {
        return publishedInText.isPresent() ? "text" : article.published().isPresent() ? "record" : "none";
    }
}
